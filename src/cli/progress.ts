// Progress of a long build on a terminal: the phase, how far it is, the rate and the time left,
// on one line that is rewritten in place. Silent when the stream is not a terminal.
import type { BuildObserver } from '../build.ts';

/** Updates drawn at most this often, in ms. */
const INTERVAL = 100;

export class TerminalProgress implements BuildObserver {
  private name = '';
  private started = 0;
  private drawn = 0;
  private readonly enabled: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY);
  }

  begin(phase: string): void {
    this.name = phase;
    this.started = performance.now();
    this.draw(`${phase}…`, true);
  }

  advance(done: number, total: number): void {
    // Told of every seed: nothing to work out where nothing is drawn (90 ms of a rebuild of 100,000).
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.drawn < INTERVAL && done < total) return;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    this.draw(`${this.name}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.round(rate).toLocaleString('en')}/s, ${left} s left)`);
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }

  private draw(text: string, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.drawn < INTERVAL) return;
    this.drawn = now;
    this.stream.write(`\r\x1b[K${text.slice(0, (this.stream.columns ?? 80) - 1)}`);
  }
}
