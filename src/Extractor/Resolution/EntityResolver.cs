using Extractor.Pipeline;

namespace Extractor.Resolution;

/// <summary>Groups mentions of the same referent and gives each group one canonical name and id.</summary>
internal sealed class EntityResolver
{
    public static EntityResolver Default { get; } = new();

    /// <summary>Sets <see cref="EntityMention.EntityId"/> and <see cref="EntityMention.Canonical"/> on every mention.</summary>
    public void Resolve(AnalyzedDocument document, List<EntityMention> mentions)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        for (int i = 0; i < span.Length; i++)
        {
            ref var m = ref span[i];
            string text = document.Text.Substring(m.Start, m.Length);
            string key = m.Type.ToLabel() + "\u0001" + text;
            if (!ids.TryGetValue(key, out int id))
            {
                id = ids.Count;
                ids[key] = id;
            }

            m.EntityId = id;
            m.Canonical ??= text;
        }
    }
}
