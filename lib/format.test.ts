import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isoDay } from "./format";

describe("date formats", () => {
  // 23:30 UTC is already the next day east of UTC: every format must still say the UTC day.
  const lateEvening = new Date("2026-11-21T23:30:00Z");

  it("shows a day to people in UTC, and a dash for none", () => {
    expect(formatDate(lateEvening)).toBe("21 Nov 2026");
    expect(formatDate("2026-03-05T00:10:00Z")).toBe("5 Mar 2026");
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    // The shared formatters keep what toLocaleDateString said of a bad value instead of throwing.
    expect(formatDate("not a date")).toBe("Invalid Date");
  });

  it("shows staff notices with the time and says it is UTC", () => {
    expect(formatDateTime(lateEvening)).toBe("21 Nov 2026, 23:30 UTC");
    expect(formatDateTime("2026-11-21T04:05:00Z")).toBe("21 Nov 2026, 04:05 UTC");
  });

  it("writes a day for machines as YYYY-MM-DD in UTC", () => {
    expect(isoDay(lateEvening)).toBe("2026-11-21");
    expect(isoDay(Date.UTC(2021, 2, 31))).toBe("2021-03-31");
  });
});
