using Byline.Api.Content;

namespace Byline.Api.Admin;

// Every Admin API request carries "Authorization: Ghost <token>", a short-lived JWT signed with an
// integration's admin secret (AdminToken). Checked on each request against the active keys, so a
// revoked key stops working at once.
public sealed class AdminKeyCheck(TimeProvider time) : IEndpointFilter
{
    // The key's name, kept on the request for the audit log (an Admin API call has no signed-in user).
    public const string KeyNameItem = "byline:admin-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Ghost ", StringComparison.Ordinal))
        {
            throw Refuse("Authorization failed", "Send an Admin API token: Authorization: Ghost <token>.");
        }

        var token = AdminToken.Parse(header["Ghost ".Length..].Trim()) ?? throw Refuse("Invalid token", "The token is not a JWT signed with HS256 naming a key id.");
        var db = context.HttpContext.RequestServices.GetRequiredService<BylineDb>();
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.AdminKeyId == token.KeyId && !k.Revoked, context.HttpContext.RequestAborted)
            ?? throw Refuse("Unknown Admin API Key", null);
        if (AdminToken.Check(token, key.AdminSecret, time.GetUtcNow()) is { } problem)
        {
            throw Refuse("Invalid token: " + problem, null);
        }

        context.HttpContext.Items[KeyNameItem] = key.Name;
        return await next(context);
    }

    private static GhostApiException Refuse(string message, string? context) =>
        new(401, "UnauthorizedError", message, context, beforeEndpoint: true);
}
