/** What one command prints, collected in order per stream. */
export class Output {
  stdout = '';
  stderr = '';

  /** Appends to stdout exactly (callers include the newline). */
  out(text: string): void {
    this.stdout += text;
  }

  err(text: string): void {
    this.stderr += text;
  }
}
