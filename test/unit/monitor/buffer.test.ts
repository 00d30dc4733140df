/*
 * buffer.test.ts — the query buffer's autoclear rules: \g arms it, the next text clears,
 * \p/\a/\e keep, \r resets, -a disables autoclear.
 */
import { describe, expect, test } from 'vitest';
import { QueryBuffer } from '../../../src/monitor/buffer.js';

describe('QueryBuffer', () => {
  test('text accumulates and \\g takes it with a final newline', () => {
    const buffer = new QueryBuffer();
    buffer.addText('retrieve (p.all)');
    expect(buffer.take()).toBe('retrieve (p.all)\n');
  });

  test('after \\g the next text clears the buffer first', () => {
    const buffer = new QueryBuffer();
    buffer.addText('print parts\n');
    buffer.take();
    expect(buffer.willClear).toBe(true);
    expect(buffer.contents).toBe('print parts\n');
    buffer.addText('help\n');
    expect(buffer.contents).toBe('help\n');
  });

  test('keep (\\p \\a \\e \\l \\v) defeats the autoclear', () => {
    const buffer = new QueryBuffer();
    buffer.addText('range of p is parts\n');
    buffer.take();
    buffer.keep();
    buffer.addText('retrieve (p.all)\n');
    expect(buffer.contents).toBe('range of p is parts\nretrieve (p.all)\n');
  });

  test('-a: no autoclear at all', () => {
    const buffer = new QueryBuffer(false);
    buffer.addText('a\n');
    buffer.take();
    expect(buffer.willClear).toBe(false);
    buffer.addText('b\n');
    expect(buffer.contents).toBe('a\nb\n');
  });

  test('reset empties, endLine only adds a missing newline', () => {
    const buffer = new QueryBuffer();
    buffer.endLine();
    expect(buffer.contents).toBe('');
    buffer.addText('abc');
    buffer.endLine();
    buffer.endLine();
    expect(buffer.contents).toBe('abc\n');
    buffer.reset();
    expect(buffer.isEmpty).toBe(true);
  });

  test('replace (\\e) sets the text and keeps it', () => {
    const buffer = new QueryBuffer();
    buffer.addText('x\n');
    buffer.take();
    buffer.replace('y\n');
    buffer.addText('z\n');
    expect(buffer.contents).toBe('y\nz\n');
  });
});
