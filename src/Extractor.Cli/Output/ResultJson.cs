using System.Text.Json;

namespace Extractor.Cli.Output;

/// <summary>The JSON object for one input: <c>source</c>, <c>entities</c>, <c>quotes</c> (and <c>timeline</c>).</summary>
internal static class ResultJson
{
    public static void Write(Utf8JsonWriter json, string source, ExtractionResult result)
    {
        json.WriteStartObject();
        json.WriteString("source", source);
        json.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            json.WriteStartObject();
            WriteText(json, "text", entity.Text);
            json.WriteString("type", entity.Type.ToLabel());
            json.WriteNumber("start", entity.Span.Start);
            json.WriteNumber("end", entity.Span.End);
            WriteText(json, "canonical", entity.Canonical);
            WriteNullable(json, "value", entity.Value);
            WriteNullable(json, "mod", entity.Modifier);
            json.WriteNumber("score", Math.Round(entity.Score, 4));
            json.WriteString("origin", entity.Origin switch
            {
                EntityOrigin.Model => "model",
                EntityOrigin.Gazetteer => "gazetteer",
                _ => "rule",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in result.Quotes)
        {
            json.WriteStartObject();
            WriteText(json, "text", quote.Text);
            json.WriteNumber("start", quote.Span.Start);
            json.WriteNumber("end", quote.Span.End);
            json.WriteString("kind", quote.Kind switch
            {
                QuoteKind.Direct => "direct",
                QuoteKind.Partial => "partial",
                _ => "indirect",
            });
            WriteNullable(json, "cue", quote.Cue);
            if (quote.Speaker is { } speaker)
            {
                json.WriteStartObject("speaker");
                WriteText(json, "text", speaker.Text);
                json.WriteNumber("start", speaker.Span.Start);
                json.WriteNumber("end", speaker.Span.End);
                WriteText(json, "canonical", speaker.Canonical);
                WriteNullable(json, "type", speaker.Type?.ToLabel());
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("speaker");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (var entry in result.Timeline)
        {
            json.WriteStartObject();
            WriteText(json, "text", entry.Expression.Text);
            json.WriteString("type", entry.Expression.Type.ToLabel());
            json.WriteNumber("start", entry.Expression.Span.Start);
            json.WriteNumber("end", entry.Expression.Span.End);
            WriteNullable(json, "value", entry.Expression.Value);
            WriteNullable(json, "mod", entry.Expression.Modifier);
            json.WriteNumber("sentence", entry.SentenceIndex);
            json.WriteStartArray("quotes");
            foreach (int q in entry.QuoteIndexes)
            {
                json.WriteNumberValue(q);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            WriteText(json, name, value);
        }
    }

    /// <summary>Writes text, replacing lone surrogates with U+FFFD so that odd input never breaks the JSON (lengths are kept).</summary>
    private static void WriteText(Utf8JsonWriter json, string name, string value)
    {
        json.WriteString(name, HasLoneSurrogate(value) ? ReplaceLoneSurrogates(value) : value);
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceLoneSurrogates(string value)
    {
        return string.Create(value.Length, value, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    chars[i] = c;
                    chars[i + 1] = source[i + 1];
                    i++;
                }
                else
                {
                    chars[i] = char.IsSurrogate(c) ? '\uFFFD' : c;
                }
            }
        });
    }
}
