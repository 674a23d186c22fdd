import { describe, expect, it } from 'vitest';
import { backupKindOf, fileStamp } from '../../../src/main/backup/backup-files';
import { dailyBackupsToDelete } from '../../../src/main/backup/retention';

const daily = (day: string) => `daily-${day}.sqlite`;

describe('daily backup retention', () => {
  it('keeps the newest seven daily backups and deletes the older ones', () => {
    const days = Array.from({ length: 10 }, (_, index) => `2026-11-${String(index + 10).padStart(2, '0')}`);
    expect(dailyBackupsToDelete(days.map(daily))).toEqual([
      daily('2026-11-12'),
      daily('2026-11-11'),
      daily('2026-11-10'),
    ]);
  });

  it('deletes nothing while there are seven or fewer', () => {
    expect(dailyBackupsToDelete([daily('2026-01-01'), daily('2026-01-02')])).toEqual([]);
    expect(dailyBackupsToDelete([])).toEqual([]);
  });

  it('orders by date, not by the order the folder lists them in, across years', () => {
    const names = [daily('2027-01-02'), daily('2026-12-30'), daily('2027-01-01'), daily('2026-12-31')];
    expect(dailyBackupsToDelete(names, 2)).toEqual([daily('2026-12-31'), daily('2026-12-30')]);
  });

  it('never picks pre-migration, before-restore, manual or unfinished files', () => {
    const names = [
      'pre-migration-v1-20200101-000000.sqlite',
      'before-restore-20200101-000000.sqlite',
      'coachbook-backup-20200101-000000.sqlite',
      'daily-2020-01-01.sqlite.partial-1-2',
      'daily-2020-01-01.sqlite-wal',
      daily('2020-01-02'),
    ];
    expect(dailyBackupsToDelete(names, 0)).toEqual([daily('2020-01-02')]);
  });

  it('names and recognises the kinds of backup', () => {
    expect(fileStamp(new Date('2026-11-27T04:25:52.123Z'))).toBe('20261127-042552');
    expect(backupKindOf('daily-2026-11-27.sqlite')).toBe('daily');
    expect(backupKindOf('pre-migration-v1-20261127-042552.sqlite')).toBe('pre-migration');
    expect(backupKindOf('before-restore-20261127-042552.sqlite')).toBe('before-restore');
    expect(backupKindOf('anything.sqlite')).toBe('manual');
  });
});
