import { describe, expect, it } from 'vitest';
import { ByteBuffer } from './byte-buffer.js';

describe('ByteBuffer', () => {
  it('grows past its first size and keeps everything appended, bytes and UTF-8 text', () => {
    const buf = new ByteBuffer(4);
    expect(buf.append(new Uint8Array([1, 2, 3]))).toBe(3);
    expect(buf.appendByte(10)).toBe(4);
    const end = buf.appendText('Бабіч ✓');
    expect(end).toBe(4 + Buffer.byteLength('Бабіч ✓'));
    expect([...buf.bytes().subarray(0, 4)]).toEqual([1, 2, 3, 10]);
    expect(new TextDecoder().decode(buf.bytes().subarray(4))).toBe('Бабіч ✓');
    expect(buf.length).toBe(end);
  });
});
