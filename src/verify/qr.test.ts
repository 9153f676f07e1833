// The QR encoder against libqrencode 4.1.1 (Debian's `qrencode -8 -l M -m 0 -t ASCII <text>`): for
// the same text and the mask it chose, every module must match. libqrencode scores masks a little
// differently from the standard's text, so the masks are given here; the choice of mask is tested
// on its own, against the penalty rules.
import { describe, expect, it } from 'vitest';
import { encodeQr, penalty, QrTooLong, qrSvg } from './qr.ts';

/** Rows of the reference symbols, '#' dark and '.' light, with the mask libqrencode chose. */
const REFERENCE: { text: string; version: number; mask: number; rows: string }[] = [
  {
    text: 'HELLO',
    version: 1,
    mask: 3,
    rows: `
#######.#..#..#######
#.....#.####..#.....#
#.###.#...#.#.#.###.#
#.###.#.#.#.#.#.###.#
#.###.#....#..#.###.#
#.....#....##.#.....#
#######.#.#.#.#######
........#..##........
#.##.###.#.##.#..#.##
.##.##.#.######..##..
#...#.#..#.#.......##
#.##...#...#..####.#.
.#.######...#..#..#.#
........####..#...#.#
#######.#..##..#.....
#.....#.#.#....#####.
#.###.#.....######.##
#.###.#.#.##..#.####.
#.###.#.##..#.##..#..
#.....#...#..#.##...#
#######.#.#..#.#.....
`,
  },
  {
    text: 'https://hunar.example.pk/verify/7K3M9QW2XD4HRT6BN8PZ',
    version: 4,
    mask: 3,
    rows: `
#######.##...#..####.#.##.#######
#.....#.##...#..#.#..#.#..#.....#
#.###.#..###....##.##.##..#.###.#
#.###.#.#.###.#.#....##...#.###.#
#.###.#..#.#..#.....#####.#.###.#
#.....#...###.#..###.#....#.....#
#######.#.#.#.#.#.#.#.#.#.#######
........###.#.#..#.##..#.........
#.##.###......#.###..#.##.#..#.##
#..##...#.#.#.#.#..###.#..##.##..
.###.##..#.##.#..#..#.########.##
.#..##.##....####.###.#...##.#..#
..###.##.####..#..###...#....#.#.
#..###..##.##...###...####.#.###.
##..#####.....###..#......#####..
#......#.##.##..#.#..##..###..#..
.###..#.#....#.##.#.####.##.#.#..
#..###..#....#.#.#..#..####.##..#
.##...#..##....###....#.#..##.#..
.##.#..####..#..#...#...#...#..#.
##..####..#.#.....###..##..####.#
##...#..##....##.##.#..###....#.#
....#.##..##..#.#...#..#...#..###
.##..#....####..#.##..#.##...#.#.
#.##.##..#....##.####.#.#####.##.
........#.##.#####.#...##...##...
#######.#...##..#..######.#.#..#.
#.....#.#.#####.#...##.##...####.
#.###.#....#.....#.#..#######.#..
#.###.#.###.#.#..##...##...#.##.#
#.###.#.##.......#...#.#####.##..
#.....#..####..#####..##...###..#
#######.##.##..#.##..#.#.#..###..
`,
  },
  {
    text: 'y'.repeat(150),
    version: 8,
    mask: 1,
    rows: `
#######.##...#.#.#....#.#.#.#.#.#.#.##..#.#######
#.....#..###..#.####.##.###.###.###.#####.#.....#
#.###.#.#######.##.###...#...#...#...#.##.#.###.#
#.###.#..##.#.######.#.#.#.#.#.#.#.#.#.#..#.###.#
#.###.#..##..##.##.########.#.#.#.#.#.....#.###.#
#.....#.######...###.##...#.###.###.###...#.....#
#######.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#######
.........##...#####..##...###.###.###.#.#........
#.#...##..#######.....#####.#.#.#.#.#.#....#..#.#
..####.#..######.#.#..##.#.#.#.#.#.#.#.#.#.#..###
..#####...###.#.##..#.##...#...#...#....#..#..#.#
.#.............#....##.##.###.###.###.#.#.####.#.
....#.#..#...##....##...#.#.#.#.#.#.#.#...#.#..#.
..##...#...#...#.####.##.#.#.#.#.#.#.#.#.#.#..###
##....#....#.##...##..##...#...#...#....#..#..#.#
#......#.###...##.####.##.###.###.###.#.#.####.#.
..#...####...##.#.......#.#.#.#.#.#.#.#...#.#..#.
##..##..#..##.#....#..##.#.#.#.#.#.#.#.#.#.#..###
#.....#.#.#..###.#..#.##...#...#...#....#..#..#.#
.....#...#....#.#...##.##.###.###.###.#.#.####.#.
#.##..#.##...#...##.....#.#.#.#.#.#.#.#...#.#..#.
..#..#.#..######.###..##.#.#.#.#.#.#.#.#.#.#..###
.##.#####..###..#.#.########...#...#....#####.#.#
#..##...##.###..#.#.###...###.###.###.#.#...##.#.
.##.#.#.#..#.###.#...##.#.#.#.#.#.#.#.###.#.#..#.
#.#.#...#.#..#...#.#.##...##.#.#.#.#.#.##...#.###
....######........#.#.######...#...#....#####.#.#
##.#.#.##...#####.#.###.#####.###.###.#####.##.#.
##..#.#..#...###.#.####..#..#.#.#.#.#.##.#.....#.
##.###.##..########...##.#.#.#.#.#.#.#...#.#..###
#.#.#####.#.#...#...#...#.##...#...#......#.#.#.#
.#..#..##.###.#.#.#.###.#####.###.###.#####.##..#
.#.#.##.....#..#.....##..#..#.#.#.#.#.##.#......#
#..#.#..#..#..######..##.#.#.#.#.#.#.#...#.#..###
#.###.##...#...##...#...#.##...#...#......#.#.#.#
#.#..#.....#.##.#.#.###.#####.###.###.#####.##.#.
.#.#####.#..####.....##..#..#.#.#.#.#.##.#.....#.
.#.##..###.##......#..##.#.#.#.#.#.#.#...#.#..###
.#...##...##....#...#...#.##...#...#......#.#.#.#
.###...###.##...#.#.###.#####.###.###.#####.##.#.
###...#.#....#####...######.#.#.#.#.#.#######..#.
........#.#.###..###..#...##.#.#.#.#.#.##...#.###
#######.####.#..###.#.#.#.##...#...#...##.#.#.#.#
#.....#..##.##..#.#.#.#...###.###.###.#.#...##.#.
#.###.#....##..#......#####.#.#.#.#.#.#.#####..#.
#.###.#.....#..#...#.####.##.#.#.#.#.#.##.###.##.
#.###.#.#.##.....##.##..#.##...#...#....#.#.#.##.
#.....#...##.#......##.#.#.##.###.###.##.#.#.#...
#######.#.#.#####.....##....#.#.#.#.#.##...#....#
`,
  },
];

const asRows = (m: boolean[][]) => m.map((row) => row.map((v) => (v ? '#' : '.')).join('')).join('\n');

describe('QR codes (byte mode, level M)', () => {
  it.each(REFERENCE)('matches libqrencode module for module: version $version, mask $mask', ({ text, version, mask, rows }) => {
    const q = encodeQr(text, { mask });
    expect(q.version).toBe(version);
    expect(q.size).toBe(version * 4 + 17);
    expect(asRows(q.modules)).toBe(rows.trim());
  });

  it('picks the smallest version that holds the bytes, counting UTF-8 bytes, not characters', () => {
    expect(encodeQr('a'.repeat(14)).version).toBe(1);
    expect(encodeQr('a'.repeat(15)).version).toBe(2);
    // A verify link on a long host name still fits well inside version 6.
    expect(encodeQr('https://hunar-freelancing.example.com.pk/verify/7K3M9QW2XD4HRT6BN8PZ').version).toBeLessThanOrEqual(5);
    // "ہنر" is 3 characters and 6 bytes.
    expect(encodeQr('ہ'.repeat(7)).version).toBe(1);
    expect(encodeQr('ہ'.repeat(8)).version).toBe(2);
  });

  it('chooses the mask with the lowest penalty score, the lowest number on a tie', () => {
    for (const text of ['HELLO', 'https://hunar.example.pk/verify/7K3M9QW2XD4HRT6BN8PZ', 'y'.repeat(150)]) {
      const scores = Array.from({ length: 8 }, (_, mask) => penalty(encodeQr(text, { mask }).modules));
      const chosen = encodeQr(text);
      expect(chosen.mask).toBe(scores.indexOf(Math.min(...scores)));
    }
  });

  it('scores the penalty rules on small known patterns', () => {
    // An all-light 21×21: every row and column one run of 21 (3 + 16 each), 400 2×2 blocks, 100% light.
    const light = Array.from({ length: 21 }, () => new Array<boolean>(21).fill(false));
    const runs = 42 * (3 + 16);
    const blocks = 20 * 20 * 3;
    const balance = (Math.ceil(Math.abs(0 - 21 * 21 * 10) / (21 * 21)) - 1) * 10;
    expect(penalty(light)).toBe(runs + blocks + balance);
  });

  it('refuses a text longer than version 10 holds instead of cutting it', () => {
    expect(encodeQr('x'.repeat(213)).version).toBe(10);
    expect(() => encodeQr('x'.repeat(214))).toThrow(QrTooLong);
    expect(() => encodeQr('x', { mask: 8 })).toThrow(RangeError);
  });

  it('draws an SVG with a quiet zone, one path, and an escaped accessible name', () => {
    const q = encodeQr('HELLO');
    const svg = qrSvg(q, 'Verify <this> & "that"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 29 29" role="img"/);
    expect(svg).toContain('aria-label="Verify &lt;this&gt; &amp; &quot;that&quot;"');
    // The top-left finder's first row: 7 dark modules from (4, 4).
    expect(svg).toContain('M4 4h7v1h-7z');
    expect(svg.match(/<path /g)).toHaveLength(1);
  });
});
