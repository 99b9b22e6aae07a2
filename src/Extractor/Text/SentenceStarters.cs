using Extractor.Internal;

namespace Extractor.Text;

/// <summary>
/// Capitalized function words that almost always begin a sentence in news prose ("The", "He", "But"). After an
/// abbreviation that may end a sentence ("in the U.S."), only such a word is taken as clear evidence of a new one:
/// "the U.S. The next day" splits, "the U.S. Army" and "U.S. Sen. Ted Cruz" do not.
/// </summary>
internal static class SentenceStarters
{
    private static readonly SpanSet Words = new(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Their",
        "His", "Her", "Its", "Our", "My", "Your", "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While",
        "After", "Before", "As", "Since", "Although", "Though", "However", "Meanwhile", "Also", "According", "Some", "Many",
        "Most", "Several", "Both", "All", "Other", "Others", "What", "Why", "How", "Who", "Where", "Which", "Last", "Next",
        "For", "From", "By", "With", "Under", "During", "Despite", "Earlier", "Later", "Now", "Then", "Still", "Such",
        "Each", "Every", "Mr.", "Mrs.", "Ms.", "Officials", "Police", "Here", "Once", "Even", "Only", "Instead", "Thus",
        "Because", "Until", "Nor", "Not", "No", "Yes", "To", "Of", "About", "Among", "Asked", "Following", "Separately",
        "More", "Less", "Should", "Would", "Could", "Will", "Can", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Has",
        "Have", "Had", "Analysts", "Investors", "Experts", "Critics", "Residents", "Witnesses", "Authorities",
        "THE", "HE", "SHE", "IT", "THEY", "WE",
    ]);

    /// <summary>Whether <paramref name="word"/> is a word that clearly starts a sentence.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
