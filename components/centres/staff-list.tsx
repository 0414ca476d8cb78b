// A centre's staff: name, email, role. Admins get Make admin / Make staff (Step down on their own
// row) and Remove (Leave on their own row) on every row but the only admin's, whom the centre
// cannot lose: it changes hands by making a colleague admin first. Staff get Leave on their own row.
import { Badge } from "@/components/ui/badge";
import type { CentreStaffMember } from "@/lib/data/career-centres";
import { roleLabel } from "@/lib/domain/format";
import { RemoveStaffButton } from "./remove-staff-button";
import { StaffRoleButton } from "./staff-role-button";

export interface StaffListProps {
  centreId: string;
  centreName: string;
  staff: CentreStaffMember[];
  adminCount: number;
  canManage: boolean;
}

export function StaffList({ centreId, centreName, staff, adminCount, canManage }: StaffListProps) {
  return (
    <ul className="divide-y divide-slate-200">
      {staff.map((member) => {
        const onlyAdmin = member.role === "ADMIN" && adminCount <= 1;
        return (
          <li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">
                {member.name}
                {member.isViewer ? <span className="font-normal text-slate-600"> (you)</span> : null}
              </p>
              <p className="text-sm break-all text-slate-600">{member.email}</p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={member.role === "ADMIN" ? "brand" : "neutral"}>{roleLabel(member.role)}</Badge>
              {canManage && !onlyAdmin ? (
                <>
                  <StaffRoleButton
                    centreId={centreId}
                    centreName={centreName}
                    membershipId={member.membershipId}
                    name={member.name}
                    isViewer={member.isViewer}
                    role={member.role === "ADMIN" ? "STAFF" : "ADMIN"}
                  />
                  <RemoveStaffButton centreId={centreId} centreName={centreName} membershipId={member.membershipId} name={member.name} isViewer={member.isViewer} />
                </>
              ) : !canManage && member.isViewer ? (
                <RemoveStaffButton centreId={centreId} centreName={centreName} membershipId={member.membershipId} name={member.name} isViewer />
              ) : canManage && onlyAdmin ? (
                <span className="text-sm text-slate-600">Only admin</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
