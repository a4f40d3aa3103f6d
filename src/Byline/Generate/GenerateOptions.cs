namespace Byline.Generate;

// What `byline generate` was asked for. The default seed is fixed, so two benchmark runs with the
// same switches load the same archive (published times are counted back from today, midnight UTC).
public sealed record GenerateOptions(int Stories, int Authors = 40, int Sections = 10, int Tags = 3_000, long Seed = GenerateOptions.DefaultSeed)
{
    public const long DefaultSeed = 20_251_027;

    // How far back the archive reaches.
    public const int Years = 5;

    public string? Validate() =>
        Stories < 1 || Stories > 10_000_000 ? "--stories must be between 1 and 10,000,000."
        : Authors is < 1 or > 10_000 ? "--authors must be between 1 and 10,000."
        : Sections is < 1 or > 100 ? "--sections must be between 1 and 100."
        : Tags is < 0 or > 100_000 ? "--tags must be between 0 and 100,000."
        : null;
}
