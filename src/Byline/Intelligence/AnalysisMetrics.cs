using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Byline.Intelligence;

// How long the analysis on save takes, as a meter anything can read (`dotnet-counters monitor
// --counters Byline.Intelligence`, an OpenTelemetry exporter, bench/intelligence.sh): the reading and
// writing of quotes and entities, and the related stories, each in milliseconds per save.
public static class AnalysisMetrics
{
    public const string MeterName = "Byline.Intelligence";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Analysis = Meter.CreateHistogram<double>("byline.analysis.duration", "ms", "Quotes and entities of the stories of one save");
    private static readonly Histogram<double> Related = Meter.CreateHistogram<double>("byline.related.duration", "ms", "Related stories of the stories of one save");

    internal static void RecordAnalysis(long started) => Analysis.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    internal static void RecordRelated(long started) => Related.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
