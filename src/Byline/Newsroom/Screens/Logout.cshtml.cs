using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// Signing out is a POST with an anti-forgery token; a GET only asks (no state change on GET).
public sealed class LogoutModel(AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AuditActions.Logout, cancellationToken: cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        TempData["Notice"] = "You are signed out.";
        return Redirect($"{NewsroomSetup.Path}/login");
    }
}
