namespace Indicators.Assessment;

internal static partial class AssessmentExplainer
{
    /// <summary>"；按类型“高新”的权重" / "; by the weights of 类型 '高新'" for a zone scored by its type's weights.</summary>
    private static void AppendWeightType(System.Text.StringBuilder text, ZoneAssessment result, bool zh)
    {
        if (result.WeightType is { } type)
        {
            text.Append(zh ? "；按" + result.WeightAttribute + "“" + type + "”的权重" : "; by the weights of " + result.WeightAttribute + " '" + type + "'");
        }
    }
}
