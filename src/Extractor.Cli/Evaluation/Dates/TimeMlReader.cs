using System.Globalization;
using System.Text;

namespace Extractor.Cli.Evaluation.Dates;

/// <summary>
/// Reads TimeML <c>.tml</c> files: the <c>&lt;DCT&gt;</c> value becomes the reference date, the <c>&lt;TEXT&gt;</c> element
/// is stripped of its tags (character entities decoded) and every <c>&lt;TIMEX3&gt;</c> inside it becomes a gold span
/// with offsets into the stripped text.
/// </summary>
/// <remarks>A small scanner rather than an XML parser: TimeML text is inline markup and the offsets of the stripped
/// text are what matter.</remarks>
internal static class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        string xml = File.ReadAllText(path);
        return Parse(Path.GetFileNameWithoutExtension(path), xml);
    }

    public static TimeMlDocument Parse(string name, string xml)
    {
        DateOnly? dct = null;
        int dctAt = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dctAt >= 0)
        {
            int tagEnd = xml.IndexOf('>', xml.IndexOf("<TIMEX3", dctAt, StringComparison.Ordinal) + 1);
            var attributes = Attributes(xml.AsSpan(dctAt, tagEnd - dctAt));
            if (attributes.TryGetValue("value", out var value) && value.Length >= 10
                && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dct = date;
            }
        }

        int textStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int textEnd = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (textStart < 0 || textEnd < textStart)
        {
            return new TimeMlDocument(name, string.Empty, dct, []);
        }

        textStart += "<TEXT>".Length;
        var text = new StringBuilder(textEnd - textStart);
        var gold = new List<GoldTimex>();
        (int Start, Dictionary<string, string> Attributes)? open = null;
        int i = textStart;
        while (i < textEnd)
        {
            char c = xml[i];
            if (c == '<')
            {
                int close = xml.IndexOf('>', i);
                var tag = xml.AsSpan(i + 1, close - i - 1);
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    open = (text.Length, Attributes(tag));
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && open is { } o)
                {
                    o.Attributes.TryGetValue("mod", out var mod);
                    gold.Add(new GoldTimex(o.Start, text.Length, o.Attributes.GetValueOrDefault("type", "DATE"), o.Attributes.GetValueOrDefault("value", string.Empty), mod));
                    open = null;
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                int semi = xml.IndexOf(';', i);
                text.Append(Entity(xml.AsSpan(i + 1, semi - i - 1)));
                i = semi + 1;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return new TimeMlDocument(name, text.ToString(), dct, gold);
    }

    private static char Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ when name.Length > 1 && name[0] == '#' => (char)int.Parse(name[1..], CultureInfo.InvariantCulture),
        _ => '?',
    };

    private static Dictionary<string, string> Attributes(ReadOnlySpan<char> tag)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        while (i < tag.Length)
        {
            int eq = tag[i..].IndexOf("=\"", StringComparison.Ordinal);
            if (eq < 0)
            {
                break;
            }

            eq += i;
            int nameStart = eq;
            while (nameStart > 0 && !char.IsWhiteSpace(tag[nameStart - 1]))
            {
                nameStart--;
            }

            int valueEnd = tag[(eq + 2)..].IndexOf('"') + eq + 2;
            result[tag[nameStart..eq].ToString()] = tag[(eq + 2)..valueEnd].ToString();
            i = valueEnd + 1;
        }

        return result;
    }
}
