/*
 * crash-driver.mjs — the child process of test/process/crash-*.test.ts. Opens a database
 * with the compiled storage module (path in argv) and runs a workload forever: lone
 * statements, 50-tuple statements, multi-statement transfers (half of them as one batch),
 * deliberate aborts and DDL transactions, in three concurrent sessions (so commits share
 * fsyncs). It prints one line per acknowledged commit ("L 17") only after commit()
 * resolved; the parent SIGKILLs it at a random moment and checks the survivors.
 */
const [storagePath, directory, startText] = process.argv.slice(2);
const storage = await import(storagePath);
const db = await storage.openDatabase(directory, 'crash');
const i4 = { kind: 'i', length: 4 };
const c8 = { kind: 'c', length: 8 };
const ack = (line) => process.stdout.write(`${line}\n`);

const WORKERS = 3;

/** one session: iterations start+worker+1, start+worker+1+WORKERS, … */
async function worker(index) {
  for (let n = Number(startText) + index + 1; ; n += WORKERS) await iteration(n);
}

async function iteration(n) {
  switch (n % 6) {
    case 0: {
      const txn = db.begin('driver', { singleStatement: true });
      await txn.lock([{ name: 'acked', mode: 'X' }]);
      txn.statement(() => txn.insert(txn.relation('acked'), [n, 'lone', 0]));
      await txn.commit();
      ack(`L ${n}`);
      break;
    }
    case 1: {
      const txn = db.begin('driver');
      await txn.lock([{ name: 'acked', mode: 'X' }]);
      txn.statement(() => {
        const acked = txn.relation('acked');
        for (let k = 0; k < 50; k++) txn.insert(acked, [n, 'batch', k]);
      });
      await txn.commit();
      ack(`B ${n}`);
      break;
    }
    case 2: {
      // every other transfer runs as one batch (a whole begin…end block in one buffer),
      // with a statement inside that writes and then fails: only it may roll back
      const batched = Math.floor(n / 6) % 2 === 0;
      const txn = db.begin('driver', batched ? { batchOnly: true } : {});
      await txn.lock([{ name: 'acked', mode: 'X' }, { name: 'bank', mode: 'X' }]);
      const bank = txn.relation('bank');
      const from = n % 10;
      const to = (n * 7 + 3) % 10;
      const move = (acct, delta) => txn.statement(() => {
        for (const t of [...txn.seekEqual(bank, [acct])]) txn.update(bank, t.ref, [acct, t.values[1] + delta]);
      });
      const body = () => {
        move(from, -n % 97);
        if (batched) {
          try {
            txn.statement(() => {
              txn.insert(txn.relation('acked'), [n, 'abort', 0]);
              throw new Error('a failing statement inside the batch');
            });
          } catch {
            // rolled back alone
          }
        }
        move(to, n % 97);
        txn.statement(() => txn.insert(txn.relation('acked'), [n, 'multi', 0]));
      };
      if (batched) txn.batch(body);
      else body();
      await txn.commit();
      ack(`M ${n}`);
      break;
    }
    case 3: {
      const txn = db.begin('driver');
      await txn.lock([{ name: 'acked', mode: 'X' }, { name: 'bank', mode: 'X' }]);
      txn.statement(() => txn.insert(txn.relation('acked'), [n, 'abort', 0]));
      txn.statement(() => {
        const bank = txn.relation('bank');
        for (const t of [...txn.scan(bank)]) txn.update(bank, t.ref, [t.values[0], t.values[1] + 1]);
      });
      txn.abort();
      break;
    }
    case 4: {
      const name = `t${n}`;
      const txn = db.begin('driver');
      await txn.lock([{ name, mode: 'X' }]);
      txn.statement(() => txn.createRelation({ name, owner: 'driver', attributes: [{ name: 'a', type: i4 }, { name: 'b', type: c8 }] }));
      txn.statement(() => {
        const r = txn.relation(name);
        for (let k = 0; k < 20; k++) txn.insert(r, [k, `v${k}`]);
      });
      txn.statement(() => txn.modifyRelation(name, { structure: 'isam', keys: [{ attribute: 'a', order: 'ascending' }] }));
      txn.statement(() => txn.createIndex(name, `i${n}`, ['b']));
      await txn.commit();
      ack(`D ${n}`);
      break;
    }
    default: {
      const name = `x${n}`;
      const txn = db.begin('driver');
      await txn.lock([{ name, mode: 'X' }, { name: 'acked', mode: 'X' }]);
      txn.statement(() => txn.createRelation({ name, owner: 'driver', attributes: [{ name: 'a', type: i4 }] }));
      txn.statement(() => txn.insert(txn.relation(name), [1]));
      txn.statement(() => txn.modifyRelation('acked', { structure: 'heap', keys: [] }));
      txn.abort();
      break;
    }
  }
}

await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
