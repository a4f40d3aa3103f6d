namespace Byline.Generate;

// SplitMix64: a small generator whose output is fixed by its seed on every platform and .NET
// version (System.Random's seeded sequence is only kept by convention). Each story has its own
// stream, made from the run's seed and the story's number, so stories can be written in any order,
// on any thread, and the same seed always gives the same archive.
public sealed class Rng(ulong state)
{
    private ulong _state = state;

    public static Rng For(long seed, long stream) => new(Mix(Mix((ulong)seed) ^ (ulong)stream));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15);

    // A whole number in [0, max).
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    // A version 4 (random) Guid, fixed by the stream.
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
