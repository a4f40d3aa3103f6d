namespace Byline.Generate;

// Picks index k of n with weight 1/(k+1)^s: a few items very often, most rarely, the way words,
// tags and bylines are spread over a real archive. s = 1 is Zipf's law; smaller is flatter.
public sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        _cumulative = new double[n];
        var total = 0.0;
        for (var k = 0; k < n; k++)
        {
            total += 1.0 / Math.Pow(k + 1, s);
            _cumulative[k] = total;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Rng rng)
    {
        var target = rng.NextDouble() * _cumulative[^1];
        var k = Array.BinarySearch(_cumulative, target);
        return Math.Min(k < 0 ? ~k : k, _cumulative.Length - 1);
    }

    // Up to count different indexes, the likelier first more often.
    public int[] Distinct(Rng rng, int count)
    {
        count = Math.Min(count, Count);
        var picked = new List<int>(count);
        for (var tries = 0; picked.Count < count && tries < count * 20; tries++)
        {
            var k = Next(rng);
            if (!picked.Contains(k))
            {
                picked.Add(k);
            }
        }

        return [.. picked];
    }
}
