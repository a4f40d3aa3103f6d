using System.Security.Claims;
using Byline.Newsroom.Accounts;

namespace Byline.Media;

// Anyone in the newsroom may upload and use the library; changing or deleting an image is for the
// person who uploaded it, and for editors and above, who look after the whole library.
public static class MediaRights
{
    public static bool CanChange(ClaimsPrincipal user, MediaAsset asset) =>
        Roles.AtLeast(Roles.Editor).Any(user.IsInRole)
        || (asset.UploadedById is not null && asset.UploadedById == user.FindFirstValue(ClaimTypes.NameIdentifier));
}
