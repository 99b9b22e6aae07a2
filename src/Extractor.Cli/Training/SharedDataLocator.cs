namespace Extractor.Cli.Training;

/// <summary>Finds files under <c>shared/data</c> beside the repository (searched upward from the working directory).</summary>
internal static class SharedDataLocator
{
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
