namespace Extractor.Cli;

/// <summary>A small option parser: <c>--name value</c>, <c>--name=value</c>, flags and positional arguments.</summary>
internal sealed class ArgumentReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    /// <param name="args">The arguments after the command name.</param>
    /// <param name="valueOptions">Options that take a value.</param>
    /// <param name="flags">Options that take no value.</param>
    public ArgumentReader(string[] args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flags = null)
    {
        flags ??= [];
        bool onlyPositional = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (onlyPositional || arg == "-" || !arg.StartsWith('-'))
            {
                _positional.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositional = true;
                continue;
            }

            string name = arg;
            string? value = null;
            int eq = arg.IndexOf('=');
            if (eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
            }

            if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new UsageException($"option '{name}' takes no value");
                }

                _options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException($"option '{name}' needs a value");
                    }

                    value = args[++i];
                }

                _options[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option '{name}'");
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int GetInt(string name, int fallback, int min = int.MinValue)
    {
        string? raw = Get(name);
        if (raw is null)
        {
            return fallback;
        }

        if (!int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) || value < min)
        {
            throw new UsageException($"option '{name}' needs an integer of at least {min}, not '{raw}'");
        }

        return value;
    }
}
