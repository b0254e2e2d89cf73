// Each test class starts its own bot, Playground and Chromium; on two cores, one at a time is steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
