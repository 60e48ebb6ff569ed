import { describe, expect, it } from 'vitest';
import { BufferPool, ByteBuffer } from './byte-buffer.js';

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

describe('BufferPool', () => {
  it('hands a given block out again when it is big enough, and a new one when none is', () => {
    const pool = new BufferPool(2);
    const first = pool.take(100);
    expect(first.byteLength).toBe(100);
    pool.give(first.buffer);
    expect(pool.take(200).buffer).not.toBe(first.buffer); // too small: a new block
    const again = pool.take(50);
    expect(again.buffer).toBe(first.buffer);
    expect(again.byteLength).toBe(100); // the whole block, not just what was asked
    expect(pool.size).toBe(0);
  });

  it('keeps at most its limit, and ignores empty blocks', () => {
    const pool = new BufferPool(2);
    for (let i = 0; i < 5; i++) pool.give(new ArrayBuffer(10));
    pool.give(new ArrayBuffer(0));
    expect(pool.size).toBe(2);
  });

  it('lets a ByteBuffer write into a given block, and grow out of it', () => {
    const block = new Uint8Array(4);
    const buf = new ByteBuffer(block);
    buf.append(new Uint8Array([1, 2, 3]));
    expect(buf.bytes().buffer).toBe(block.buffer);
    buf.append(new Uint8Array([4, 5]));
    expect(buf.bytes().buffer).not.toBe(block.buffer);
    expect([...buf.bytes()]).toEqual([1, 2, 3, 4, 5]);
  });
});
