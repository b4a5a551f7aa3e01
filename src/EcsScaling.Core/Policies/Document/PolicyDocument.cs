using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// The policy document, validated as a whole on load: the base (profile "normal") and every named
/// profile are layered and checked up front, so a bad document fails before any AWS call.
/// </summary>
public sealed class PolicyDocument
{
    /// <summary>The base document; a profile of this name, if present, is layered over it like any other.</summary>
    public const string NormalProfile = "normal";

    private readonly Dictionary<string, ResolvedProfile> _profiles;

    private PolicyDocument(Dictionary<string, ResolvedProfile> profiles) => _profiles = profiles;

    public IReadOnlyCollection<string> ProfileNames => _profiles.Keys;

    /// <exception cref="PolicyValidationException">Unreadable JSON or any invalid value, each error with its path.</exception>
    public static PolicyDocument Load(string json)
    {
        var document = Parse(json);
        var errors = new List<string>();
        var baseDrafts = new List<ResourceDraft>();
        ProfileLayering.Apply(baseDrafts, document.Services, document.AutoScalingGroups, "", errors);

        var profiles = new Dictionary<string, ResolvedProfile>(StringComparer.Ordinal)
        {
            [NormalProfile] = Resolve(NormalProfile, baseDrafts, errors),
        };
        foreach (var (name, profile) in document.Profiles ?? [])
        {
            var path = $"profiles.{name}";
            if (profile is null)
            {
                errors.Add($"{path}: a profile cannot be null (use {{}} for an empty one)");
                continue;
            }

            var drafts = baseDrafts.ConvertAll(d => d.Clone());
            ProfileLayering.Apply(drafts, profile.Services, profile.AutoScalingGroups, path + ".", errors);
            profiles[name] = Resolve(name, drafts, errors);
        }

        // Every profile revalidates the base resources it inherits; report each problem once.
        return errors.Count > 0 ? throw new PolicyValidationException([.. errors.Distinct(StringComparer.Ordinal)]) : new PolicyDocument(profiles);
    }

    /// <summary>The resolved profile; null means "normal".</summary>
    /// <exception cref="PolicyValidationException">The profile is not in the document.</exception>
    public ResolvedProfile Profile(string? name) =>
        _profiles.TryGetValue(name ?? NormalProfile, out var profile)
            ? profile
            : throw new PolicyValidationException($"profile '{name}': unknown profile; the document defines {string.Join(", ", _profiles.Keys.Order(StringComparer.Ordinal))}");

    public bool HasProfile(string name) => _profiles.ContainsKey(name);

    private static PolicyDocumentJson Parse(string json) =>
        PolicyDocumentReader.Read(json) ?? throw new PolicyValidationException("$: the policy document is empty (null)");

    private static ResolvedProfile Resolve(string name, List<ResourceDraft> drafts, List<string> errors)
    {
        var resources = new List<DesiredResource>();
        foreach (var draft in drafts)
        {
            var target = CapacityOf(draft, errors);
            var policies = new List<PolicySpec>();
            var predictive = new List<PredictivePolicySpec>();
            foreach (var policy in draft.Policies)
            {
                if (policy.Json.Predictive is not null)
                {
                    if (PredictiveConfigurationValidator.Validate(policy, draft.Resource.Kind, errors) is { } forecast)
                    {
                        predictive.Add(new PredictivePolicySpec(policy.Name, forecast));
                    }
                }
                else if (PolicyConfigurationValidator.Validate(policy, draft.Resource.Kind, errors) is { } configuration)
                {
                    policies.Add(new PolicySpec(policy.Name, configuration));
                }
            }

            resources.Add(new DesiredResource(draft.Resource, target, policies, predictive.Count == 0 ? null : predictive));
        }

        return new ResolvedProfile(name, resources);
    }

    private static ScalableTarget? CapacityOf(ResourceDraft draft, List<string> errors)
    {
        if (draft.Resource.Kind == ScalableResourceKind.AutoScalingGroup)
        {
            return null;
        }

        if (draft.MinCapacity is not { } min || draft.MaxCapacity is not { } max)
        {
            errors.Add($"{draft.Path}: minCapacity and maxCapacity are required for {draft.Resource.Id}");
            return null;
        }

        if (min > max)
        {
            errors.Add($"{draft.Path}: minCapacity {min} is greater than maxCapacity {max}");
            return null;
        }

        return new ScalableTarget(draft.Resource, min, max);
    }
}
