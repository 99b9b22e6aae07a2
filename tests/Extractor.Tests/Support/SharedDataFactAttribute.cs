namespace Extractor.Tests.Support;

/// <summary>A fact that is skipped, with a reason, when <c>../shared</c> is not beside the repository.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null)
        {
            Skip = "../shared (training data and seed articles) is not beside the repository.";
        }
    }
}
