using System.Globalization;
using Byline.Text.Analysis;

namespace Byline.Intelligence;

// The key under which a name is looked up across stories: lowercase, accents and a leading "the"
// dropped, spaces single ("the Home Office" and "Home Office" are one key). A place matched in the
// gazetteer is keyed by its entry, so "the US" and "United States" find one row.
public static class EntityKeys
{
    public static string Of(Entity entity) =>
        entity.Place is { } place ? Place(place.GeoNameId) : Of(entity.Name);

    // An address an entity had before a rename or a merge, kept so that it redirects.
    public static string Slug(string slug) => "slug:" + slug;

    // What an editor's split decided for one story: the name found there means this entity in that
    // story alone ("John Smith" the councillor, not the footballer), whatever it means elsewhere.
    public static string InStory(int storyId, string key) => "in:" + storyId.ToString(CultureInfo.InvariantCulture) + ":" + key;

    // Keys that are names (not an old address, a gazetteer id or one story's choice).
    public static bool IsName(string key) => !key.StartsWith("slug:", StringComparison.Ordinal) && !key.StartsWith("geo:", StringComparison.Ordinal) && !key.StartsWith("in:", StringComparison.Ordinal);

    public static string Place(long geoNameId) => "geo:" + geoNameId.ToString(CultureInfo.InvariantCulture);

    public static string Of(string name)
    {
        var key = Gazetteer.Fold(name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace('‐', '-'));
        return key.Length > NamedEntity.MaxNameLength ? key[..NamedEntity.MaxNameLength] : key;
    }
}
