/*
 * buffer.ts — the INGRES query buffer with autoclear (QUEL.md §8): text accumulates;
 * `\g` sends it; the next ordinary input then clears it first, unless `\p \l \e \v \a`
 * came in between (they "keep" it, so new text is appended). With `-a` autoclear is off
 * entirely. Pure state, no I/O.
 */

export class QueryBuffer {
  private text = '';
  private clearPending = false;

  constructor(private readonly autoclear: boolean = true) {}

  /** The buffer as it stands (what `\p` prints and `\w` writes). */
  get contents(): string {
    return this.text;
  }

  get isEmpty(): boolean {
    return this.text === '';
  }

  /** Will the next text clear the buffer first? */
  get willClear(): boolean {
    return this.clearPending;
  }

  /** Ordinary input: clears first when an autoclear is pending. */
  addText(text: string): void {
    if (text === '') return;
    if (this.clearPending) {
      this.text = '';
      this.clearPending = false;
    }
    this.text += text;
  }

  /** After a command: make sure the buffer's last line ends with a newline (clrline). */
  endLine(): void {
    if (!this.clearPending && this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  /** `\r`: empty the buffer. */
  reset(): void {
    this.text = '';
    this.clearPending = false;
  }

  /** `\p \l \e \v \a`: defeat the pending autoclear. */
  keep(): void {
    this.clearPending = false;
  }

  /** `\e`, `\v`: replace the contents (keeps them). */
  replace(text: string): void {
    this.text = text;
    this.clearPending = false;
  }

  /** `\g`: the text to send; arms the autoclear. */
  take(): string {
    this.endLine();
    this.clearPending = this.autoclear;
    return this.text;
  }
}
