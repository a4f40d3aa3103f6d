using Byline.Text.Analysis;

namespace Byline.Intelligence;

// How far an editor has vouched for an entity. Found ones come and go with the analysis; a
// confirmed one keeps the name and description an editor gave it; a rejected one is never shown
// (no page, no link, no speaker, no related story), whatever later analysis finds.
public enum EntityReview
{
    Found = 0,
    Confirmed = 1,
    Rejected = 2,
}

// A person, organisation or place as the whole archive knows it: one row however many stories
// and name forms it appears under. Stories find it through its keys (EntityKey), so an editor's
// merge or rename holds through every later analysis.
public class NamedEntity
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Name { get; set; }

    // Unique within its kind: /people/tony-blair, /places/london.
    public required string Slug { get; set; }

    // Who they are as the stories describe them ("shadow education secretary"), or as an editor put it.
    public string? Description { get; set; }
    public EntityReview Review { get; set; }

    // A person who writes for the publication, linked to their author profile.
    public int? AuthorId { get; set; }
    public Author? Author { get; set; }

    // Places: the gazetteer's entry.
    public long? GeoNameId { get; set; }
    public string? CountryCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

// One way of naming an entity, normalised (EntityKeys.Of): its canonical name, the names of the
// entities merged into it, a place's gazetteer id. Unique per kind, so each form means one entity.
public class EntityKey
{
    public int Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Key { get; set; }
    public int EntityId { get; set; }
    public NamedEntity? Entity { get; set; }

    // Set by an editor (a merge, a rename): analysis never moves or removes it.
    public bool Pinned { get; set; }
}

// An entity in one story, as its last analysis found it.
public class StoryEntity
{
    public int StoryId { get; set; }
    public int EntityId { get; set; }
    public NamedEntity? Entity { get; set; }
    public int Mentions { get; set; }
    public int FirstParagraph { get; set; }

    // The forms the story used, separated by " | " ("Anwar Ibrahim | Mr Anwar | Anwar").
    public string Forms { get; set; } = "";
}

// A direct quote in one story, in reading order, with its speaker as the analysis or an editor gave it.
public class StoryQuote
{
    public const int MaxTextLength = 4000;

    public int Id { get; set; }
    public int StoryId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public string? Speaker { get; set; }
    public int? SpeakerId { get; set; }
    public NamedEntity? SpeakerEntity { get; set; }
    public string? Mention { get; set; }
    public string? Cue { get; set; }
    public int Paragraph { get; set; }
    public bool IsFragment { get; set; }
    public bool Continues { get; set; }
}

// The stories shown as related on a story's page, best first, computed when the story is saved.
public class RelatedStory
{
    public int StoryId { get; set; }
    public int RelatedStoryId { get; set; }
    public Story? Related { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
}

// What the last analysis of a story was made from, so that it is skipped when nothing it reads has
// changed (a second `byline analyze` changes nothing) and redone when the rules have.
public class StoryAnalysisRecord
{
    public int StoryId { get; set; }
    public int RulesVersion { get; set; }
    public required string ContentHash { get; set; }
    public DateTime AnalyzedAt { get; set; }

    // MinHash of the body's word shingles (Similarity), for related stories and near-duplicates.
    public byte[] Signature { get; set; } = [];

    // A published story this one nearly repeats (a rewrite, an update filed anew): told to the editor.
    public int? NearDuplicateOfId { get; set; }
    public double? NearDuplicateScore { get; set; }

    // Related stories are worked out after every story of a batch is analysed (so that `byline
    // analyze` compares each story with the whole archive); false until they have been.
    public bool RelatedDone { get; set; }
}
