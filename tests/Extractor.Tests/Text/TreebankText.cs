using System.Text;

namespace Extractor.Tests.Text;

/// <summary>
/// Rebuilds running text from Penn Treebank tokens (OntoNotes), remembering where each gold token and sentence lies,
/// so the tokenizer and splitter can be scored against the tokenization the entity model is trained on.
/// </summary>
internal sealed class TreebankText
{
    private static readonly HashSet<string> NoSpaceBefore =
    [
        ",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "”", "'s", "'S", "'re", "'RE", "'ve", "'VE", "'ll", "'LL", "'d", "'D",
        "'m", "'M", "n't", "N'T", "'", "...",
    ];

    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{", "“", "$", "#"];

    private readonly StringBuilder _text = new();
    private bool _straightQuoteOpen;

    /// <summary>The rebuilt text.</summary>
    public string Text => _text.ToString();

    /// <summary>The gold tokens as [start, end) offsets into <see cref="Text"/>.</summary>
    public List<(int Start, int End)> Tokens { get; } = [];

    /// <summary>The offset at which each sentence starts.</summary>
    public List<int> SentenceStarts { get; } = [];

    /// <summary>Reads sentences (one token a line, first column; blank line between sentences) from a TSV file.</summary>
    public static IEnumerable<string[]> ReadSentences(string path, int maxSentences)
    {
        var tokens = new List<string>();
        int sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens.ToArray();
                    tokens.Clear();
                    if (++sentences >= maxSentences)
                    {
                        yield break;
                    }
                }

                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            tokens.Add(tab < 0 ? line : line[..tab]);
        }

        if (tokens.Count > 0)
        {
            yield return tokens.ToArray();
        }
    }

    /// <summary>Appends one sentence, separated from the previous one by a space.</summary>
    public void AddSentence(string[] tokens)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }

        _straightQuoteOpen = false;

        SentenceStarts.Add(_text.Length);
        bool glue = true;
        string previous = string.Empty;
        foreach (var raw in tokens)
        {
            // Transcripts mark pauses ("%pw") and write punctuation as "/." and "/?": not text.
            if (raw.StartsWith('%') && raw.Length > 1)
            {
                continue;
            }

            string token = Surface(raw.Length == 2 && raw[0] == '/' ? raw[1..] : raw);

            // "in the U.S. ." : the treebank repeats the abbreviation's period as the sentence's own.
            if (token == "." && previous.EndsWith('.'))
            {
                continue;
            }

            // Straight double quotes alternate: an opening one glues to the next token, a closing one to the previous.
            bool closingQuote = token == "\"" && _straightQuoteOpen;
            if (!glue && !NoSpaceBefore.Contains(token) && !closingQuote)
            {
                _text.Append(' ');
            }

            if (token == "\"")
            {
                _straightQuoteOpen = !_straightQuoteOpen;
            }

            Tokens.Add((_text.Length, _text.Length + token.Length));
            _text.Append(token);
            glue = NoSpaceAfter.Contains(token) || (token == "\"" && _straightQuoteOpen);
            previous = token;
        }
    }

    private static string Surface(string token) => token switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" => "“",
        "''" => "”",
        _ => token,
    };
}
