namespace Byline.Text;

/// <summary>What a page called a date it printed: nothing, "Published", or "Updated".</summary>
internal enum DateLabel
{
    None,
    Published,
    Updated,
}

/// <summary>A date line: the date and what the page called it.</summary>
internal sealed record DatedLine(DateTimeOffset Date, DateLabel Label);
