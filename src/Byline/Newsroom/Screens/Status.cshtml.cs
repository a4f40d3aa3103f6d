using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// The newsroom's own error pages, shown in place of an empty 400/403/404/405/429 (re-executed by
// the status-code middleware, which may replay a POST: hence no anti-forgery check here).
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // From the address alone: a replayed form may carry a field of the same name (a sign-in code).
    public IActionResult OnGet([FromRoute] int code) => Show(code);

    public IActionResult OnPost([FromRoute] int code) => Show(code);

    private PageResult Show(int code)
    {
        (Heading, Explanation) = code switch
        {
            400 when HttpContext.Items.ContainsKey(UnreadableForms.Flag) => ("That form could not be read", "It held a character no form can carry (a NUL). Nothing was saved. Go back, take it out and try again."),
            400 => ("That form has expired", "The page was open too long, or the request did not come from a newsroom form. Go back, reload the page and try again."),
            403 => ("Not for your role", "Your account does not have the rights for this page or action. An administrator can change your role."),
            404 => ("Nothing here", "There is no newsroom page at this address."),
            405 => ("Not like that", "This address does not take that kind of request."),
            429 => ("Too many attempts", "Too many attempts from your address in a short time. Wait a minute and try again."),
            _ => ("Something went wrong", "The newsroom could not do that. Try again in a moment."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return Page();
    }
}
