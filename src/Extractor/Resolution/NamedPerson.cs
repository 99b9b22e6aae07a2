namespace Extractor.Resolution;

/// <summary>A person named in one document: the fullest name seen, and the titles written beside it.</summary>
internal sealed class NamedPerson
{
    public NamedPerson(string name, string surname)
    {
        Name = name;
        Surname = surname;
    }

    /// <summary>The longest full name the document gives ("Jens Stoltenberg").</summary>
    public string Name { get; set; }

    /// <summary>The last word of the name, which later mentions use on its own ("Stoltenberg").</summary>
    public string Surname { get; set; }

    /// <summary>Lower-case title words and the bodies they belong to ("secretary", "general", "nato").</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person's index in the document's list.</summary>
    public int Index { get; init; }

    /// <summary>How often the document names the person.</summary>
    public int Count { get; set; }

    /// <summary>The entity type a recognizer gave the name, when one did.</summary>
    public EntityType? RecognizedType { get; set; }
}
