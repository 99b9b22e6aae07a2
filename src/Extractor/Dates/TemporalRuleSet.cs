namespace Extractor.Dates;

/// <summary>The rules of the embedded <c>temporal-rules.txt</c>, parsed once.</summary>
internal sealed class TemporalRuleSet
{
    private TemporalRuleSet(TemporalRule[] rules, string[] literals, string[] leadingLiterals)
    {
        Rules = rules;
        Literals = literals;
        LeadingLiterals = leadingLiterals;
        MaxElements = rules.Max(r => r.Elements.Length);
    }

    public TemporalRule[] Rules { get; }

    /// <summary>Every literal word the rules use; the lexicon marks them so the per-token gate lets them through.</summary>
    public string[] Literals { get; }

    /// <summary>The literal words a match can begin with.</summary>
    public string[] LeadingLiterals { get; }

    public int MaxElements { get; }

    public static TemporalRuleSet Load() => Parse(TemporalLexicon.ReadResource("temporal-rules.txt"));

    public static TemporalRuleSet Parse(IEnumerable<string> lines)
    {
        var rules = new List<TemporalRule>();
        var literals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var leading = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in lines)
        {
            int colon = raw.IndexOf(" : ", StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new InvalidDataException($"Temporal rule without ' : ': {raw}");
            }

            string[] head = raw[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = head[0] switch
            {
                "DATE" => EntityType.Date,
                "TIME" => EntityType.Time,
                "DURATION" => EntityType.Duration,
                "SET" => EntityType.Set,
                _ => throw new InvalidDataException($"Unknown temporal type '{head[0]}'."),
            };
            var action = Enum.Parse<TemporalAction>(head[1], ignoreCase: true);
            string? modifier = null;
            foreach (string option in head.Skip(2))
            {
                if (option.StartsWith("mod=", StringComparison.Ordinal))
                {
                    modifier = option[4..];
                }
            }

            var elements = new List<PatternElement>();
            foreach (string item in raw[(colon + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                bool optional = item.Length > 1 && item.EndsWith('?');
                string body = optional ? item[..^1] : item;
                var categories = TemporalCategory.None;
                var words = new List<string>();
                foreach (string alternative in body.Split('|'))
                {
                    if (alternative == "-")
                    {
                        categories |= TemporalCategory.Hyphen;
                    }
                    else if (alternative == ",")
                    {
                        categories |= TemporalCategory.Comma;
                    }
                    else if (alternative.Any(char.IsLower) || !alternative.Any(char.IsLetter))
                    {
                        words.Add(alternative);
                        literals.Add(alternative);
                    }
                    else
                    {
                        categories |= TemporalLexicon.ParseCategory(alternative);
                    }
                }

                elements.Add(new PatternElement(categories, words.ToArray(), optional));
            }

            foreach (var element in elements)
            {
                leading.UnionWith(element.Literals);
                if (!element.Optional)
                {
                    break;
                }
            }

            rules.Add(new TemporalRule(rules.Count, type, action, modifier, elements.ToArray(), raw));
        }

        return new TemporalRuleSet(rules.ToArray(), literals.ToArray(), leading.ToArray());
    }
}
