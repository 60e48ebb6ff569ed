import { describe, expect, it } from 'vitest';
import { nextBirthday } from './birthdays.js';

describe('next birthday', () => {
  it('is within the window from today, with the age turned', () => {
    expect(nextBirthday('1985-02-20', '2024-02-02', 60)).toEqual({ date: '2024-02-20', month: 2, day: 20, age: 39 });
    expect(nextBirthday('1985-02-02', '2024-02-02', 60)?.age).toBe(39);
    expect(nextBirthday('1988-04-20', '2024-02-02', 60)).toBeNull();
    // The 60th day is the last one in the window.
    expect(nextBirthday('1990-04-01', '2024-02-02', 60)?.date).toBe('2024-04-01');
    expect(nextBirthday('1990-04-02', '2024-02-02', 60)).toBeNull();
  });

  it('crosses the new year, and keeps 29 February on 28 February in a common year', () => {
    expect(nextBirthday('1985-01-10', '2024-12-15', 60)).toEqual({ date: '2025-01-10', month: 1, day: 10, age: 40 });
    expect(nextBirthday('1992-02-29', '2025-02-01', 60)?.date).toBe('2025-02-28');
    expect(nextBirthday('1992-02-29', '2024-02-01', 60)?.date).toBe('2024-02-29');
  });

  it('needs an exact date of birth', () => {
    expect(nextBirthday('1985-02', '2024-02-02', 60)).toBeNull();
    expect(nextBirthday('~1985-02-20', '2024-02-02', 60)).toBeNull();
    expect(nextBirthday('1985', '2024-02-02', 60)).toBeNull();
  });
});
