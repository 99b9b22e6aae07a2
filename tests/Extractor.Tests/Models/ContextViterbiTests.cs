using Extractor.Models;

namespace Extractor.Tests.Models;

public sealed class ContextViterbiTests
{
    private static (float[] Emissions, float[] Transitions, float[] Context) RandomProblem(int types, int length, int seed, float contextSpread)
    {
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        int groups = ContextTransitions.GroupCount(classes);
        var random = new Random(seed);
        var emissions = Enumerable.Range(0, length * classes).Select(_ => (float)random.NextDouble() * 4).ToArray();
        var transitions = ViterbiDecoder.Pad(Enumerable.Range(0, (classes + 1) * classes).Select(_ => (float)(random.NextDouble() * 2) - 1).ToArray(), classes);
        var context = new float[length * groups * stride];
        for (int i = 1; i < length; i++)
        {
            for (int g = 0; g < groups; g++)
            {
                for (int c = 0; c < classes; c++)
                {
                    context[(((i * groups) + g) * stride) + c] = (float)((random.NextDouble() * 2) - 1) * contextSpread;
                }
            }
        }

        return (emissions, transitions, context);
    }

    /// <summary>The score of a whole class sequence, with the token-conditioned biases.</summary>
    private static float Score(int[] path, float[] emissions, float[] transitions, float[] context, int classes)
    {
        int stride = ViterbiDecoder.Stride(classes);
        int groups = ContextTransitions.GroupCount(classes);
        float score = transitions[path[0]] + emissions[path[0]];
        for (int i = 1; i < path.Length; i++)
        {
            int group = ContextTransitions.GroupOf(path[i - 1], classes);
            score += transitions[((path[i - 1] + 1) * stride) + path[i]] + context[(((i * groups) + group) * stride) + path[i]]
                + emissions[(i * classes) + path[i]];
        }

        return score;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 9)]
    [InlineData(10, 60)]
    public void Decode_NoContextBias_SamePathAndMaxMarginalsAsThePlainDecoder(int types, int length)
    {
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        var (emissions, transitions, context) = RandomProblem(types, length, 3 * length, contextSpread: 0);
        var plainPath = new int[length];
        var contextPath = new int[length];
        var plainForward = new float[length * stride];
        var contextForward = new float[length * stride];

        ViterbiDecoder.Decode(emissions, length, classes, classes, transitions, new float[2 * stride], new byte[length * classes], plainPath, plainForward);
        ContextViterbi.Decode(emissions, length, classes, classes, transitions, context, new float[2 * stride], new byte[length * classes], contextPath, contextForward);
        ViterbiDecoder.MaxMarginals(emissions, length, classes, classes, transitions, plainForward, new float[2 * stride]);
        ContextViterbi.MaxMarginals(emissions, length, classes, classes, transitions, context, contextForward, new float[2 * stride]);

        contextPath.Should().Equal(plainPath);
        for (int i = 0; i < length; i++)
        {
            var expected = plainForward.AsSpan(i * stride, classes).ToArray();
            var actual = contextForward.AsSpan(i * stride, classes).ToArray();
            for (int c = 0; c < classes; c++)
            {
                if (float.IsNegativeInfinity(expected[c]))
                {
                    actual[c].Should().Be(float.NegativeInfinity);
                }
                else
                {
                    actual[c].Should().BeApproximately(expected[c], 1e-3f, $"token {i}, class {c}");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Decode_StrongContextBiases_FindsTheBestSequenceOfAllValidOnes(int seed)
    {
        // Every valid sequence of 5 tokens over one entity type, scored by hand: the decoder's path must score the most.
        const int types = 1;
        const int length = 5;
        int classes = BilouTags.ClassCount(types);
        int stride = ViterbiDecoder.Stride(classes);
        var (emissions, transitions, context) = RandomProblem(types, length, seed, contextSpread: 5);
        var path = new int[length];
        var forward = new float[length * stride];

        ContextViterbi.Decode(emissions, length, classes, classes, transitions, context, new float[2 * stride], new byte[length * classes], path, forward);
        ContextViterbi.MaxMarginals(emissions, length, classes, classes, transitions, context, forward, new float[2 * stride]);

        float best = float.NegativeInfinity;
        var bestByTokenAndClass = new float[length * classes];
        Array.Fill(bestByTokenAndClass, float.NegativeInfinity);
        var candidate = new int[length];
        for (int code = 0; code < (int)Math.Pow(classes, length); code++)
        {
            int rest = code;
            bool valid = true;
            for (int i = 0; i < length; i++)
            {
                candidate[i] = rest % classes;
                rest /= classes;
                valid &= BilouTags.IsAllowed(i == 0 ? -1 : candidate[i - 1], candidate[i], i == length - 1);
            }

            if (!valid)
            {
                continue;
            }

            float score = Score(candidate, emissions, transitions, context, classes);
            best = Math.Max(best, score);
            for (int i = 0; i < length; i++)
            {
                int at = (i * classes) + candidate[i];
                bestByTokenAndClass[at] = Math.Max(bestByTokenAndClass[at], score);
            }
        }

        Score(path, emissions, transitions, context, classes).Should().BeApproximately(best, 1e-3f);
        for (int i = 0; i < length; i++)
        {
            BilouTags.IsAllowed(i == 0 ? -1 : path[i - 1], path[i], i == length - 1).Should().BeTrue();
            for (int c = 0; c < classes; c++)
            {
                float expected = bestByTokenAndClass[(i * classes) + c];
                float actual = forward[(i * stride) + c];
                if (float.IsNegativeInfinity(expected))
                {
                    actual.Should().Be(float.NegativeInfinity, $"token {i}, class {c} is on no valid sequence");
                }
                else
                {
                    actual.Should().BeApproximately(expected, 1e-3f, $"token {i}, class {c}");
                }
            }
        }
    }

    [Fact]
    public void GroupOf_Classes_CollapsesThePreviousClassToOutsideEndedTypeBeginOrInside()
    {
        int classes = BilouTags.ClassCount(4);

        ContextTransitions.GroupOf(BilouTags.Outside, classes).Should().Be(0);
        ContextTransitions.GroupOf(BilouTags.Class(2, BilouTags.Last), classes).Should().Be(3);
        ContextTransitions.GroupOf(BilouTags.Class(2, BilouTags.Unit), classes).Should().Be(3);
        ContextTransitions.GroupOf(BilouTags.Class(0, BilouTags.Begin), classes).Should().Be(5);
        ContextTransitions.GroupOf(BilouTags.Class(3, BilouTags.Begin), classes).Should().Be(5);
        ContextTransitions.GroupOf(BilouTags.Class(1, BilouTags.Inside), classes).Should().Be(6);
        ContextTransitions.GroupCount(classes).Should().Be(7);
    }
}
