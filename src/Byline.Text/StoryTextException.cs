namespace Byline.Text;

/// <summary>
/// The text cannot be read as a story: it is empty, binary, or lacks a headline or a body.
/// The message is written for the person who pasted the text.
/// </summary>
public sealed class StoryTextException : Exception
{
    public StoryTextException()
        : base("The text could not be read as a story.")
    {
    }

    public StoryTextException(string message)
        : base(message)
    {
    }

    public StoryTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
