// Pure constants shared by the forms (client) and the server.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_TOO_SHORT = `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`;
export const PASSWORD_TOO_LONG = `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự`;
