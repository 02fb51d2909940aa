import { bestSample, sampleServerTime, type TimeSample } from '../../src/platform/server-time';
import { instant } from '../../src/domain/units';

describe('the clock offset to the server', () => {
  it('keeps the sample with the shortest round trip among recent ones, the older one on a tie', () => {
    const samples: TimeSample[] = [
      { offset: 90_120, roundTrip: 40, at: 1_000 },
      { offset: 90_010, roundTrip: 6, at: 2_000 },
      { offset: 89_990, roundTrip: 6, at: 3_000 },
      { offset: 90_500, roundTrip: 300, at: 4_000 },
    ];
    expect(bestSample(samples, 5_000)).toEqual(samples[1]);
    // Ten minutes on, the old samples no longer count.
    expect(bestSample([...samples, { offset: 1, roundTrip: 50, at: 700_000 }], 700_500)?.offset).toBe(1);
    expect(bestSample([], 0)).toBeNull();
  });

  it('takes the server’s time as read halfway through the round trip', async () => {
    let now = 1_000_000;
    const clock = { now: () => instant(now) };
    const fetchMock = vi.fn(async () => {
      now += 20; // the round trip takes 20 ms; the server read its clock 10 ms in, at 910_010 on its own clock
      return new Response(JSON.stringify({ now: 910_010 }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      expect(await sampleServerTime(clock)).toEqual({ offset: 90_000, roundTrip: 20, at: 1_000_020 });
      fetchMock.mockImplementationOnce(async () => new Response('<html>', { status: 200 }));
      expect(await sampleServerTime(clock)).toBeNull();
      fetchMock.mockImplementationOnce(async () => {
        throw new TypeError('offline');
      });
      expect(await sampleServerTime(clock)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
