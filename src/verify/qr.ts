// A QR code encoder (ISO/IEC 18004) for the verification links printed on documents: byte mode,
// error correction level M (15% of the symbol may be damaged), versions 1–10 (up to 213 bytes; a
// verify link is about 60). No library on npm was installed for this and the job is small and
// well specified (docs/decisions/0055). Pure: no I/O.
//
// Invariants (qr.test.ts): for a given text and mask the matrix is bit-identical to libqrencode's;
// the mask chosen is the one with the lowest penalty score (ties: the lowest mask number); a text
// too long for version 10 is refused rather than cut.

/** Data codewords per block and EC codewords per block, level M, versions 1–10 (ISO/IEC 18004 table 9). */
const LEVEL_M: readonly { ec: number; blocks: readonly number[] }[] = [
  { ec: 10, blocks: [16] },
  { ec: 16, blocks: [28] },
  { ec: 26, blocks: [44] },
  { ec: 18, blocks: [32, 32] },
  { ec: 24, blocks: [43, 43] },
  { ec: 16, blocks: [27, 27, 27, 27] },
  { ec: 18, blocks: [31, 31, 31, 31] },
  { ec: 22, blocks: [38, 38, 39, 39] },
  { ec: 22, blocks: [36, 36, 36, 37, 37] },
  { ec: 26, blocks: [43, 43, 43, 43, 44] },
];

/** Centres of the alignment patterns along each axis (ISO/IEC 18004 annex E). */
const ALIGNMENT: readonly (readonly number[])[] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

export const MAX_VERSION = LEVEL_M.length;

export class QrTooLong extends Error {}

export interface QrCode {
  version: number;
  mask: number;
  size: number;
  /** modules[row][column]: true is dark. */
  modules: boolean[][];
}

const dataCodewords = (version: number) => LEVEL_M[version - 1]!.blocks.reduce((a, b) => a + b, 0);

/** The bytes as a QR code; `mask` forces one of the eight masks (tests), else the best is chosen. */
export function encodeQr(data: Uint8Array | string, opts: { mask?: number; minVersion?: number } = {}): QrCode {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let version = Math.max(1, opts.minVersion ?? 1);
  // Mode (4 bits) + count (8 bits up to version 9, 16 from 10) + the bytes.
  const bitsNeeded = (v: number) => 4 + (v < 10 ? 8 : 16) + bytes.length * 8;
  while (version <= MAX_VERSION && bitsNeeded(version) > dataCodewords(version) * 8) version++;
  if (version > MAX_VERSION) throw new QrTooLong(`${bytes.length} bytes do not fit a version ${MAX_VERSION}-M QR code`);
  const codewords = withErrorCorrection(version, dataBits(version, bytes));
  const size = version * 4 + 17;
  const base = new Matrix(size);
  base.drawFunctionPatterns(version);
  base.drawCodewords(codewords);
  if (opts.mask !== undefined) {
    if (!Number.isInteger(opts.mask) || opts.mask < 0 || opts.mask > 7) throw new RangeError('mask must be 0–7');
    return { version, mask: opts.mask, size, modules: base.masked(opts.mask).modules };
  }
  let best: { mask: number; symbol: Matrix; score: number } | null = null;
  for (let mask = 0; mask < 8; mask++) {
    const symbol = base.masked(mask);
    const score = penalty(symbol.modules);
    if (!best || score < best.score) best = { mask, symbol, score };
  }
  return { version, mask: best!.mask, size, modules: best!.symbol.modules };
}

/** The data codewords: mode, count, bytes, terminator and padding. */
function dataBits(version: number, bytes: Uint8Array): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacity = dataCodewords(version) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  return out;
}

// --- Reed–Solomon over GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1 ---------------------

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The generator polynomial of the given degree (coefficients highest first, the leading 1 left out). */
function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j]!, root);
      if (j + 1 < degree) result[j]! ^= result[j + 1]!;
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    for (let i = 0; i < divisor.length; i++) result[i]! ^= gfMultiply(divisor[i]!, factor);
  }
  return result;
}

/** Splits the data into blocks, adds each block's EC codewords, and interleaves them. */
function withErrorCorrection(version: number, data: readonly number[]): number[] {
  const { ec, blocks } = LEVEL_M[version - 1]!;
  const divisor = rsDivisor(ec);
  const split: { data: number[]; ec: number[] }[] = [];
  let at = 0;
  for (const n of blocks) {
    const d = data.slice(at, at + n);
    at += n;
    split.push({ data: d, ec: rsRemainder(d, divisor) });
  }
  const out: number[] = [];
  const longest = Math.max(...blocks);
  for (let i = 0; i < longest; i++) for (const b of split) if (i < b.data.length) out.push(b.data[i]!);
  for (let i = 0; i < ec; i++) for (const b of split) out.push(b.ec[i]!);
  return out;
}

// --- The symbol ---------------------------------------------------------------------------------

class Matrix {
  readonly modules: boolean[][];
  readonly isFunction: boolean[][];
  constructor(readonly size: number, from?: Matrix) {
    this.modules = from ? from.modules.map((r) => [...r]) : Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.isFunction = from ? from.isFunction : Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }

  private fn(row: number, col: number, dark: boolean): void {
    this.modules[row]![col] = dark;
    this.isFunction[row]![col] = true;
  }

  drawFunctionPatterns(version: number): void {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      this.fn(6, i, i % 2 === 0);
      this.fn(i, 6, i % 2 === 0);
    }
    for (const [r, c] of [[3, 3], [3, n - 4], [n - 4, 3]] as const) this.finder(r, c);
    const at = ALIGNMENT[version - 1]!;
    for (let i = 0; i < at.length; i++) {
      for (let j = 0; j < at.length; j++) {
        const corner = (i === 0 && j === 0) || (i === 0 && j === at.length - 1) || (i === at.length - 1 && j === 0);
        if (!corner) this.alignment(at[i]!, at[j]!);
      }
    }
    this.drawFormat(0); // reserves the format areas; written again once the mask is known
    this.drawVersion(version);
  }

  private finder(row: number, col: number): void {
    for (let dr = -4; dr <= 4; dr++) {
      for (let dc = -4; dc <= 4; dc++) {
        const r = row + dr;
        const c = col + dc;
        const dist = Math.max(Math.abs(dr), Math.abs(dc));
        if (r >= 0 && r < this.size && c >= 0 && c < this.size) this.fn(r, c, dist !== 2 && dist !== 4);
      }
    }
  }

  private alignment(row: number, col: number): void {
    for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) this.fn(row + dr, col + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
  }

  /** Level M (bits 00) and the mask, BCH(15,5) protected, in both copies; and the dark module. */
  drawFormat(mask: number): void {
    const data = (0b00 << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const bit = (i: number) => ((bits >>> i) & 1) !== 0;
    const n = this.size;
    for (let i = 0; i <= 5; i++) this.fn(i, 8, bit(i));
    this.fn(7, 8, bit(6));
    this.fn(8, 8, bit(7));
    this.fn(8, 7, bit(8));
    for (let i = 9; i < 15; i++) this.fn(8, 14 - i, bit(i));
    for (let i = 0; i < 8; i++) this.fn(8, n - 1 - i, bit(i));
    for (let i = 8; i < 15; i++) this.fn(n - 15 + i, 8, bit(i));
    this.fn(n - 8, 8, true);
  }

  /** Versions 7 and up: the version number, BCH(18,6) protected, beside two finders. */
  private drawVersion(version: number): void {
    if (version < 7) return;
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) !== 0;
      const a = this.size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      this.fn(b, a, dark);
      this.fn(a, b, dark);
    }
  }

  /** The codewords in the zigzag order: column pairs from the right, up then down, skipping column 6. */
  drawCodewords(codewords: readonly number[]): void {
    const n = this.size;
    let i = 0;
    for (let right = n - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vert = 0; vert < n; vert++) {
        for (let j = 0; j < 2; j++) {
          const col = right - j;
          const upward = ((right + 1) & 2) === 0;
          const row = upward ? n - 1 - vert : vert;
          if (!this.isFunction[row]![col] && i < codewords.length * 8) {
            this.modules[row]![col] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) !== 0;
            i++;
          }
        }
      }
    }
  }

  /** A copy with the mask applied to the data modules and the format bits written for it. */
  masked(mask: number): Matrix {
    const s = new Matrix(this.size, this);
    const flip = MASKS[mask]!;
    for (let r = 0; r < this.size; r++) for (let c = 0; c < this.size; c++) if (!this.isFunction[r]![c] && flip(r, c)) s.modules[r]![c] = !s.modules[r]![c];
    s.drawFormat(mask);
    return s;
  }
}

const MASKS: readonly ((r: number, c: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

// --- Penalty score (ISO/IEC 18004 8.8.2): runs, 2×2 blocks, finder-like patterns, dark balance ---

/** The score of a masked symbol; the encoder keeps the mask with the lowest. */
export function penalty(m: readonly (readonly boolean[])[]): number {
  const n = m.length;
  let score = 0;
  const line = (get: (i: number) => boolean) => {
    let runColor = false;
    let run = 0;
    const history = [0, 0, 0, 0, 0, 0, 0];
    const addHistory = (length: number) => {
      if (history[0] === 0) length += n; // the light border before the first run
      history.pop();
      history.unshift(length);
    };
    const finderLike = () => {
      const k = history[1]!;
      const core = k > 0 && history[2] === k && history[3] === k * 3 && history[4] === k && history[5] === k;
      return (core && history[0]! >= k * 4 && history[6]! >= k ? 1 : 0) + (core && history[6]! >= k * 4 && history[0]! >= k ? 1 : 0);
    };
    for (let i = 0; i < n; i++) {
      if (get(i) === runColor) {
        run++;
        if (run === 5) score += 3;
        else if (run > 5) score++;
      } else {
        addHistory(run);
        if (!runColor) score += finderLike() * 40;
        runColor = get(i);
        run = 1;
      }
    }
    if (runColor) {
      addHistory(run);
      run = 0;
    }
    addHistory(run + n); // the light border after the last run
    score += finderLike() * 40;
  };
  for (let r = 0; r < n; r++) line((c) => m[r]![c]!);
  for (let c = 0; c < n; c++) line((r) => m[r]![c]!);
  for (let r = 0; r < n - 1; r++) {
    for (let c = 0; c < n - 1; c++) {
      const v = m[r]![c];
      if (v === m[r]![c + 1] && v === m[r + 1]![c] && v === m[r + 1]![c + 1]) score += 3;
    }
  }
  let dark = 0;
  for (const row of m) for (const v of row) if (v) dark++;
  const total = n * n;
  score += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
  return score;
}

/**
 * The code as an SVG image: one path of unit squares inside a 4-module quiet zone, scaled by the
 * viewBox, so it prints sharp at any size. `label` is its accessible name.
 */
export function qrSvg(code: QrCode, label: string): string {
  const quiet = 4;
  const side = code.size + quiet * 2;
  let d = '';
  for (let r = 0; r < code.size; r++) {
    for (let c = 0; c < code.size; c++) {
      if (!code.modules[r]![c]) continue;
      // Runs of dark modules in a row as one rectangle: a much shorter path.
      let run = 1;
      while (c + run < code.size && code.modules[r]![c + run]) run++;
      d += `M${c + quiet} ${r + quiet}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  const esc = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${esc}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
