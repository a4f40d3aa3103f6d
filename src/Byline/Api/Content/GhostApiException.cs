namespace Byline.Api.Content;

// An answer other than 200, in Ghost's words. Thrown from anywhere below an endpoint and turned into
// Ghost's error body by GhostApiErrors, so every refusal has one shape and one status table.
public sealed class GhostApiException : Exception
{
    public GhostApiException()
        : this(500, "InternalServerError", "An unexpected error occurred, please try again.")
    {
    }

    public GhostApiException(string message)
        : this(500, "InternalServerError", message)
    {
    }

    public GhostApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Type = "InternalServerError";
    }

    public GhostApiException(int status, string type, string message, string? context = null, string? code = null, bool beforeEndpoint = false)
        : base(message)
    {
        Status = status;
        Type = type;
        Context = context;
        Code = code;
        BeforeEndpoint = beforeEndpoint;
    }

    public int Status { get; }
    public string Type { get; }
    public string? Context { get; }
    public string? Code { get; }

    // Authentication fails before Ghost knows which endpoint was asked for, so its message is left
    // as it is rather than rewritten to "..., cannot list posts."
    public bool BeforeEndpoint { get; }

    public static GhostApiException NotFound(string message) => new(404, "NotFoundError", message);

    public static GhostApiException BadRequest(string message, string? context = null) => new(400, "BadRequestError", message, context);

    // Ghost's input validators answer 422 with "Validation (matches) failed for limit".
    public static GhostApiException Validation(string rule, string key) =>
        new(422, "ValidationError", $"Validation ({rule}) failed for {key}");
}
