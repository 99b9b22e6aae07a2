namespace Extractor.Tests.Support;

/// <summary>Locates <c>../shared</c> (training data and seed articles) beside the repository; tests that need it skip when it is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The <c>shared</c> folder, or null when it is not beside the repository.</summary>
    public static string? Directory => Root.Value;

    public static string? SeedsDirectory => Directory is { } d && System.IO.Directory.Exists(Path.Combine(d, "seeds")) ? Path.Combine(d, "seeds") : null;

    public static string? DataPath(params string[] parts)
    {
        if (Directory is null)
        {
            return null;
        }

        string path = Path.Combine([Directory, "data", .. parts]);
        return File.Exists(path) || System.IO.Directory.Exists(path) ? path : null;
    }

    /// <summary>The five seed articles (file name, text), or empty when shared data is absent.</summary>
    public static IReadOnlyList<(string Name, string Text)> Seeds()
    {
        if (SeedsDirectory is not { } dir)
        {
            return [];
        }

        return System.IO.Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
    }

    /// <summary>The repository root (the folder holding Extractor.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Extractor.sln not found above the test directory.");
    }

    private static string? FindRoot()
    {
        try
        {
            string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
            return System.IO.Directory.Exists(candidate) ? candidate : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
