using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TyokykyBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemosActionsCardSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseCards_CaseId_Purpose_RecipientKey",
                table: "CaseCards");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "CaseCards",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "case");

            // Cards remembered before subjects: pre-information was about the case's one (first) meeting.
            migrationBuilder.Sql("""UPDATE "CaseCards" SET "Subject" = 'meeting/1' WHERE "Purpose" = 'PreInformation'""");

            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingNumber = table.Column<int>(type: "integer", nullable: false),
                    OwnerKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProtectedOwner = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProtectedContent = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Actions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingNumber = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProtectedContent = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memos_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemoApprovals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemoId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProtectedComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemoApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemoApprovals_Memos_MemoId",
                        column: x => x.MemoId,
                        principalTable: "Memos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCards_CaseId_Purpose_Subject_RecipientKey",
                table: "CaseCards",
                columns: new[] { "CaseId", "Purpose", "Subject", "RecipientKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Actions_CaseId_MeetingNumber",
                table: "Actions",
                columns: new[] { "CaseId", "MeetingNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_OwnerKey_State",
                table: "Actions",
                columns: new[] { "OwnerKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_State_DueOn",
                table: "Actions",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MemoApprovals_MemoId_ParticipantId",
                table: "MemoApprovals",
                columns: new[] { "MemoId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memos_CaseId_MeetingNumber_Number",
                table: "Memos",
                columns: new[] { "CaseId", "MeetingNumber", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Actions");

            migrationBuilder.DropTable(
                name: "MemoApprovals");

            migrationBuilder.DropTable(
                name: "Memos");

            // The old index holds one card per purpose and person: keep only what it could tell apart.
            migrationBuilder.Sql("""DELETE FROM "CaseCards" WHERE "Subject" NOT IN ('case', 'meeting/1')""");

            migrationBuilder.DropIndex(
                name: "IX_CaseCards_CaseId_Purpose_Subject_RecipientKey",
                table: "CaseCards");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "CaseCards");

            migrationBuilder.CreateIndex(
                name: "IX_CaseCards_CaseId_Purpose_RecipientKey",
                table: "CaseCards",
                columns: new[] { "CaseId", "Purpose", "RecipientKey" },
                unique: true);
        }
    }
}
