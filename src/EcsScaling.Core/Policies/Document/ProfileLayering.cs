using System.Text.RegularExpressions;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// Lays the entries of the base document or of a profile over a set of resource drafts:
/// a known resource (cluster + service, or group name) is overridden field by field, a new one is added.
/// Structural errors (missing keys, duplicates within one list) are collected with their path.
/// </summary>
internal static partial class ProfileLayering
{
    public static void Apply(List<ResourceDraft> drafts, List<ServiceJson?>? services, List<GroupJson?>? groups, string prefix, List<string> errors)
    {
        var seen = new Dictionary<ScalableResource, string>();
        for (var i = 0; i < (services?.Count ?? 0); i++)
        {
            var path = $"{prefix}services[{i}]";
            if (ServiceResource(services![i], path, errors) is { } resource && Claim(seen, resource, path, errors))
            {
                var draft = Find(drafts, resource, path);
                draft.MinCapacity = services[i]!.MinCapacity ?? draft.MinCapacity;
                draft.MaxCapacity = services[i]!.MaxCapacity ?? draft.MaxCapacity;
                LayerPolicies(draft, services[i]!.Policies, path, errors);
            }
        }

        for (var i = 0; i < (groups?.Count ?? 0); i++)
        {
            var path = $"{prefix}autoScalingGroups[{i}]";
            if (GroupResource(groups![i], path, errors) is { } resource && Claim(seen, resource, path, errors))
            {
                LayerPolicies(Find(drafts, resource, path), groups[i]!.Policies, path, errors);
            }
        }
    }

    private static ScalableResource? ServiceResource(ServiceJson? service, string path, List<string> errors)
    {
        if (service is null)
        {
            errors.Add($"{path}: a service entry cannot be null");
            return null;
        }

        var clusterOk = IsEcsName(service.Cluster, $"{path}.cluster", errors);
        var serviceOk = IsEcsName(service.Service, $"{path}.service", errors);
        if (!clusterOk || !serviceOk)
        {
            return null;
        }

        if (service.MinCapacity < 0)
        {
            errors.Add($"{path}.minCapacity: {service.MinCapacity} is negative");
        }

        return new ScalableResource(ScalableResourceKind.EcsService, $"service/{service.Cluster}/{service.Service}");
    }

    private static ScalableResource? GroupResource(GroupJson? group, string path, List<string> errors)
    {
        if (group is null)
        {
            errors.Add($"{path}: an Auto Scaling group entry cannot be null");
            return null;
        }

        if (string.IsNullOrWhiteSpace(group.Name) || group.Name.Length > 255)
        {
            errors.Add($"{path}.name: an Auto Scaling group name (1 to 255 characters) is required");
            return null;
        }

        return new ScalableResource(ScalableResourceKind.AutoScalingGroup, group.Name);
    }

    private static void LayerPolicies(ResourceDraft draft, List<PolicyJson?>? policies, string path, List<string> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var j = 0; j < (policies?.Count ?? 0); j++)
        {
            var policyPath = $"{path}.policies[{j}]";
            var policy = policies![j];
            if (policy is null)
            {
                errors.Add($"{policyPath}: a policy cannot be null");
            }
            else if (policy.Name is null || !PolicyName().IsMatch(policy.Name))
            {
                errors.Add($"{policyPath}.name: a policy name of 1 to 200 letters, digits, '.', '_' or '-' is required (got {Quote(policy.Name)})");
            }
            else if (seen.TryGetValue(policy.Name, out var first))
            {
                errors.Add($"{policyPath}.name: duplicate policy name '{policy.Name}' (already used at {first})");
            }
            else
            {
                seen[policy.Name] = policyPath;
                draft.Overlay(policy.Name, policyPath, policy);
            }
        }
    }

    private static bool Claim(Dictionary<ScalableResource, string> seen, ScalableResource resource, string path, List<string> errors)
    {
        if (seen.TryGetValue(resource, out var first))
        {
            errors.Add($"{path}: duplicate entry for {resource.Id} (already declared at {first})");
            return false;
        }

        seen[resource] = path;
        return true;
    }

    private static ResourceDraft Find(List<ResourceDraft> drafts, ScalableResource resource, string path)
    {
        var draft = drafts.Find(d => d.Resource == resource);
        if (draft is null)
        {
            drafts.Add(draft = new ResourceDraft(resource, path));
        }

        draft.Path = path;
        return draft;
    }

    private static bool IsEcsName(string? name, string path, List<string> errors)
    {
        if (name is not null && EcsName().IsMatch(name))
        {
            return true;
        }

        errors.Add($"{path}: a name of 1 to 255 letters, digits, '-' or '_' is required (got {Quote(name)}; give the name, not the ARN)");
        return false;
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"'{value}'";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex EcsName();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,200}$")]
    private static partial Regex PolicyName();
}
