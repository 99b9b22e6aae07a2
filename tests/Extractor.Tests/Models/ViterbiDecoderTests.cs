using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class ViterbiDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(40)]
    public void Decode_RandomScores_AlwaysGivesAValidBilouSequence(int length)
    {
        const int types = 10;
        int classes = BilouTags.ClassCount(types);
        var random = new Random(length);
        var emissions = Enumerable.Range(0, length * classes).Select(_ => (float)random.NextDouble() * 10).ToArray();
        var transitions = ViterbiDecoder.Pad(Enumerable.Range(0, (classes + 1) * classes).Select(_ => (float)random.NextDouble()).ToArray(), classes);
        var output = new int[length];

        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * ViterbiDecoder.Stride(classes)], new byte[length * classes], output);

        for (int i = 0; i < length; i++)
        {
            BilouTags.IsAllowed(i == 0 ? -1 : output[i - 1], output[i], i == length - 1).Should().BeTrue($"class {output[i]} at {i} follows {(i == 0 ? -1 : output[i - 1])}");
        }
    }

    [Fact]
    public void Decode_StrongEntityScores_FollowsThem()
    {
        int classes = BilouTags.ClassCount(1);
        var emissions = new float[3 * classes];
        emissions[BilouTags.Class(0, BilouTags.Begin)] = 5;
        emissions[classes + BilouTags.Class(0, BilouTags.Last)] = 5;
        emissions[(2 * classes) + BilouTags.Outside] = 5;
        var output = new int[3];

        ViterbiDecoder.Decode(emissions, 3, classes, classes, ViterbiDecoder.Pad(new float[(classes + 1) * classes], classes),
            new float[2 * ViterbiDecoder.Stride(classes)], new byte[3 * classes], output);

        output.Should().Equal(BilouTags.Class(0, BilouTags.Begin), BilouTags.Class(0, BilouTags.Last), BilouTags.Outside);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(30)]
    public void MaxMarginals_RandomScores_PeakAtTheViterbiPathWithItsScore(int length)
    {
        const int types = 4;
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        var random = new Random(100 + length);
        var emissions = Enumerable.Range(0, length * classes).Select(_ => (float)random.NextDouble() * 4).ToArray();
        var transitions = ViterbiDecoder.Pad(Enumerable.Range(0, (classes + 1) * classes).Select(_ => (float)random.NextDouble()).ToArray(), classes);
        var path = new int[length];
        var forward = new float[length * stride];

        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * stride], new byte[length * classes], path, forward);
        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, forward, new float[2 * stride]);

        float best = transitions[path[0]] + emissions[path[0]];
        for (int i = 1; i < length; i++)
        {
            best += transitions[((path[i - 1] + 1) * stride) + path[i]] + emissions[(i * classes) + path[i]];
        }

        for (int i = 0; i < length; i++)
        {
            var row = forward.AsSpan(i * stride, classes).ToArray();
            row.Max().Should().BeApproximately(best, 1e-3f);
            row[path[i]].Should().BeApproximately(best, 1e-3f);
        }
    }

    [Theory]
    [InlineData(1, 1f)]
    [InlineData(9, 1f)]
    [InlineData(40, 1f)]
    [InlineData(40, 20f)]
    [InlineData(200, 40f)]
    public void DecodeWithBounds_RandomScores_SamePathAndMaxMarginalsAsWithout(int length, float spread)
    {
        const int types = 18;
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        var random = new Random(7 * length);
        var emissions = Enumerable.Range(0, length * classes).Select(_ => (float)(random.NextDouble() * random.NextDouble() * spread)).ToArray();
        var transitions = ViterbiDecoder.Pad(Enumerable.Range(0, (classes + 1) * classes).Select(_ => (float)(random.NextDouble() * 4) - 2).ToArray(), classes);
        var bounds = ViterbiDecoder.Bounds(transitions, classes);
        var plainPath = new int[length];
        var boundedPath = new int[length];
        var plainForward = new float[length * stride];
        var boundedForward = new float[length * stride];

        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * stride], new byte[length * classes], plainPath, plainForward);
        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * stride], new byte[length * classes], boundedPath, boundedForward, bounds);
        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, plainForward, new float[2 * stride]);
        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, boundedForward, new float[2 * stride], bounds);

        boundedPath.Should().Equal(plainPath);
        for (int i = 0; i < length; i++)
        {
            boundedForward.AsSpan(i * stride, classes).ToArray().Should().Equal(plainForward.AsSpan(i * stride, classes).ToArray());
        }
    }

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(9, 4, false)]
    [InlineData(9, 4, true)]
    [InlineData(40, 39, true)]
    [InlineData(40, 17, false)]
    [InlineData(200, 120, true)]
    public void MaxMarginals_StoppedAtAToken_GivesTheSameRowsFromThatTokenOn(int length, int first, bool withBounds)
    {
        const int types = 10;
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        var random = new Random((31 * length) + first);
        var emissions = Enumerable.Range(0, length * classes).Select(_ => (float)(random.NextDouble() * 10)).ToArray();
        var transitions = ViterbiDecoder.Pad(Enumerable.Range(0, (classes + 1) * classes).Select(_ => (float)(random.NextDouble() * 4) - 2).ToArray(), classes);
        float[] bounds = withBounds ? ViterbiDecoder.Bounds(transitions, classes) : [];
        var path = new int[length];
        var whole = new float[length * stride];
        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * stride], new byte[length * classes], path, whole, bounds);
        var stopped = (float[])whole.Clone();

        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, whole, new float[2 * stride], bounds);
        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, stopped, new float[2 * stride], bounds, first);

        for (int i = first; i < length; i++)
        {
            stopped.AsSpan(i * stride, classes).ToArray().Should().Equal(whole.AsSpan(i * stride, classes).ToArray(), $"token {i}");
        }
    }
}
