namespace Extractor;

/// <summary>The kind of thing an <see cref="Entity"/> names.</summary>
/// <remarks>The CLI and JSON output use the upper-case labels given by <see cref="EntityTypeLabels.ToLabel"/>.</remarks>
public enum EntityType
{
    /// <summary>A person, real or fictional (<c>PERSON</c>).</summary>
    Person,

    /// <summary>A company, agency, institution, party, team or other organized body (<c>ORG</c>).</summary>
    Organization,

    /// <summary>A place: country, city, region, geographic feature or facility (<c>LOC</c>).</summary>
    Location,

    /// <summary>A nationality, religious or political group (<c>NORP</c>): "Russian", "pro-Russian", "Republicans".</summary>
    Nationality,

    /// <summary>A calendar date or period (<c>DATE</c>): "the end of January", "2022".</summary>
    Date,

    /// <summary>A time of day (<c>TIME</c>): "10 a.m.", "Thursday night".</summary>
    Time,

    /// <summary>A length of time (<c>DURATION</c>): "for decades", "three weeks".</summary>
    Duration,

    /// <summary>A recurring time (<c>SET</c>): "every Monday", "annually".</summary>
    Set,

    /// <summary>A named thing of no other type (<c>MISC</c>), produced only by CoNLL-style models.</summary>
    Miscellaneous,
}
