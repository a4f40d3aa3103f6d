namespace Byline.Api.Content.Nql;

// A filter that does not parse, or names something the resource cannot be filtered by. The message
// is shown to the API client, so it says where and what, never more.
public sealed class NqlException(string message) : Exception(message)
{
    public NqlException()
        : this("Invalid filter")
    {
    }

    public NqlException(string message, Exception innerException)
        : this(message + ": " + innerException.Message)
    {
    }
}
