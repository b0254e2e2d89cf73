using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TyokykyBot.Data;

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTyokykyDbContext>
{
    public PostgresTyokykyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTyokykyDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
