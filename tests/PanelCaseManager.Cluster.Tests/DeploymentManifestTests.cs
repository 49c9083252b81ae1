using YamlDotNet.RepresentationModel;

namespace PanelCaseManager.Cluster.Tests;

/// <summary>
/// The Kubernetes set under deploy/kubernetes and the compose files: every YAML document parses, the kustomization
/// names files that exist, and the set holds what a council's hosting team relies on.
/// </summary>
public class DeploymentManifestTests
{
    private static readonly string Kubernetes = Path.Combine(Repository.Root, "deploy", "kubernetes");

    private static List<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        // Compose files share settings through anchors and merge keys (<<: *app), which the parser resolves here.
        stream.Load(new YamlDotNet.Core.MergingParser(new YamlDotNet.Core.Parser(reader)));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    /// <summary>The resources the kustomization assembles, as kubectl kustomize renders them (before its namespace and labels).</summary>
    private static List<YamlMappingNode> Rendered()
    {
        var kustomization = Documents(Path.Combine(Kubernetes, "kustomization.yaml")).Single();
        return Sequence(kustomization, "resources").Select(r => Path.Combine(Kubernetes, Scalar(r)))
            .SelectMany(file => File.Exists(file) ? Documents(file) : throw new AssertionException($"kustomization.yaml names {file}, which does not exist"))
            .ToList();
    }

    private static YamlNode? At(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static string Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value ?? throw new AssertionException($"Expected a value, found {node}");

    private static string Text(YamlNode node, params string[] path) => Scalar(At(node, path));

    private static List<YamlNode> Sequence(YamlNode node, params string[] path) => (At(node, path) as YamlSequenceNode)?.Children.ToList() ?? [];

    private static YamlMappingNode Kind(string kind) => Rendered().Single(d => Text(d, "kind") == kind);

    private static Dictionary<string, string> Labels(YamlNode node, params string[] path) =>
        ((YamlMappingNode)At(node, path)!).Children.ToDictionary(c => Scalar(c.Key), c => Scalar(c.Value));

    [Test]
    public void Every_yaml_file_under_deploy_parses_and_every_kubernetes_document_is_named_and_typed()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "deploy"), "*.yaml", SearchOption.AllDirectories);
        files.Should().Contain(f => f.EndsWith("compose.postgres.yaml", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Documents(file).Should().NotBeEmpty(file);
        }

        var rendered = Rendered();
        rendered.Select(d => Text(d, "kind")).Should().BeEquivalentTo("Namespace", "ConfigMap", "PersistentVolumeClaim", "Job", "Deployment", "Service", "PodDisruptionBudget");
        rendered.Should().OnlyContain(d => At(d, "apiVersion") != null && At(d, "metadata", "name") != null);
    }

    [Test]
    public void Two_replicas_are_ready_on_the_dependencies_check_alive_on_the_liveness_check_and_do_not_migrate()
    {
        var deployment = Kind("Deployment");
        var container = (YamlMappingNode)Sequence(deployment, "spec", "template", "spec", "containers").Single();
        var env = Sequence(container, "env").ToDictionary(e => Text(e, "name"));

        Text(deployment, "spec", "replicas").Should().Be("2");
        Text(container, "readinessProbe", "httpGet", "path").Should().Be("/health/ready");
        Text(container, "livenessProbe", "httpGet", "path").Should().Be("/health/live");
        Text(env["Database__MigrateOnStartup"], "value").Should().Be("false");
        Labels(deployment, "spec", "selector", "matchLabels").Should().BeSubsetOf(Labels(deployment, "spec", "template", "metadata", "labels"));
        Text(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot").Should().Be("true");
    }

    [Test]
    public void Secrets_come_from_the_cluster_and_none_is_written_in_the_manifests()
    {
        foreach (var workload in new[] { Kind("Deployment"), Kind("Job") })
        {
            var env = Sequence(workload, "spec", "template", "spec", "containers").SelectMany(c => Sequence(c, "env")).ToDictionary(e => Text(e, "name"));
            foreach (var secret in new[] { "ConnectionStrings__PanelCaseManager", "DocumentStore__AzureBlob__ConnectionString", "AuditTrail__Keys__audit-1", "DataProtection__Certificate__CertificatePassword" })
            {
                At(env[secret], "value").Should().BeNull($"{secret} is a secret");
                Text(env[secret], "valueFrom", "secretKeyRef", "name").Should().Be("panelcasemanager");
            }
        }

        var config = (YamlMappingNode)At(Kind("ConfigMap"), "data")!;
        config.Children.Keys.Select(Scalar).Should().NotContain(k => k.Contains("ConnectionString", StringComparison.Ordinal) || k.Contains("ApiKey", StringComparison.Ordinal)
            || k.Contains("__Keys__", StringComparison.Ordinal) || k.Contains("Password", StringComparison.Ordinal));
        Text(config, "Database__Provider").Should().Be("PostgreSql");
        Text(config, "DocumentStore__Kind").Should().Be("AzureBlob", "replicas share documents only through blob storage");
        var checkpoints = Text(config, "AuditTrail__CheckpointFolder");
        foreach (var workload in new[] { Kind("Deployment"), Kind("Job") })
        {
            Sequence(workload, "spec", "template", "spec", "containers").SelectMany(c => Sequence(c, "volumeMounts")).Select(m => Text(m, "mountPath"))
                .Should().Contain(checkpoints, "every replica and the job write the audit checkpoints to one shared volume");
        }

        Sequence(Kind("PersistentVolumeClaim"), "spec", "accessModes").Select(Scalar).Should().Contain("ReadWriteMany");
    }

    [Test]
    public void One_job_migrates_and_a_disruption_budget_keeps_a_replica_serving()
    {
        var job = Kind("Job");
        var migrate = Sequence(job, "spec", "template", "spec", "containers").Single();
        var budget = Kind("PodDisruptionBudget");
        var deployment = Kind("Deployment");
        var service = Kind("Service");

        Sequence(migrate, "args").Select(Scalar).Should().Equal("migrate");
        Text(job, "spec", "template", "spec", "restartPolicy").Should().BeOneOf("OnFailure", "Never");
        Text(budget, "spec", "minAvailable").Should().Be("1");
        Labels(budget, "spec", "selector", "matchLabels").Should().Equal(Labels(deployment, "spec", "selector", "matchLabels"));
        Labels(service, "spec", "selector").Should().Equal(Labels(deployment, "spec", "selector", "matchLabels"));
    }

    [Test]
    public void The_postgresql_compose_file_migrates_once_and_runs_two_instances_that_share_blob_storage()
    {
        var compose = Documents(Path.Combine(Repository.Root, "deploy", "compose.postgres.yaml")).Single();
        var services = ((YamlMappingNode)At(compose, "services")!).Children.Keys.Select(Scalar).ToList();

        services.Should().BeEquivalentTo("postgres", "migrate", "app-1", "app-2");
        Sequence(compose, "services", "migrate", "command").Select(Scalar).Should().Equal("migrate");
        Text(compose, "services", "postgres", "image").Should().Be("postgres:15");
        Text(compose, "services", "app-1", "environment", "Database__Provider").Should().Be("PostgreSql");
        Text(compose, "services", "app-1", "environment", "Database__MigrateOnStartup").Should().Be("false");
        Text(compose, "services", "app-2", "environment", "DocumentStore__Kind").Should().Be("AzureBlob");
        Text(compose, "services", "app-2", "depends_on", "migrate", "condition").Should().Be("service_completed_successfully");
    }
}
