using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TyokykyBot.Data;

/// <summary>For <c>dotnet ef migrations add</c>: one migration set per provider.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTyokykyDbContext>
{
    public SqliteTyokykyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTyokykyDbContext>().UseSqlite("Data Source=design.db").Options);
}
