namespace EcsScaling.Functions.Tests.Deployment;

public class SamTemplateTests
{
    private const string Minimal = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: drain
              Policies:
                - Statement:
                    - Sid: Scoped
                      Effect: Allow
                      Action: [ecs:StopTask]
                      Resource: !Split [",", !Sub "arn:x"]
                      Condition: {StringEquals: {aws:RequestedRegion: !Ref AWS::Region}}
                    - Effect: Allow
                      Action: ecs:ListServices
                      Resource: "*"
          Queue:
            Type: AWS::SQS::Queue
        """;

    [Fact]
    public void Reads_functions_handlers_and_statements_through_short_form_tags()
    {
        var function = Assert.Single(SamTemplate.Load(Minimal));

        Assert.Equal(("Fn", "drain"), (function.LogicalId, function.Handler));
        Assert.Equal(
            [new PolicyStatement("Fn", "Scoped", ["ecs:StopTask"], false, true), new PolicyStatement("Fn", null, ["ecs:ListServices"], true, false)],
            function.Statements,
            (a, b) => a!.Sid == b!.Sid && a.Actions.SequenceEqual(b.Actions) && a.ResourceIsStar == b.ResourceIsStar && a.HasCondition == b.HasCondition);
    }

    [Fact]
    public void The_repository_template_has_functions()
    {
        Assert.NotEmpty(SamTemplate.Functions);
    }
}
