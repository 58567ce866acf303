# Development set 23, Spanish (Spain and Latin America). Organisation: a coworking and
# serviced-office provider (badge access, meeting-room booking app, mail handling for virtual
# offices, visitor registration). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-registros-tarjeta", "María José Fernández Ruiz <mariajose.fernandez@telefonica.example>",
    "Ejercicio del derecho de acceso",
    """Buenos días:

Soy usuaria de un puesto fijo en su centro de la Castellana (Madrid) desde febrero. Al amparo del
artículo 15 del RGPD, solicito que me faciliten todos los datos personales que tratan sobre mí, en
particular el registro de entradas y salidas de mi tarjeta de acceso y las reservas de salas
asociadas a mi cuenta.

Adjunto copia de mi DNI.

Un saludo,
María José Fernández Ruiz
""",
    R(["Access"], "mariajose.fernandez@telefonica.example", "María José", "Fernández Ruiz"))

add("es-02-borrar-cuenta", "Javier Ortega Sanz <javi.ortega@gmail.example>",
    "borrar cuenta",
    """hola, kiero q borreis mi cuenta de la app de reservas y todos mis datos, ya no trabajo en el
coworking. gracias

javi ortega
""",
    R(["Erasure"], "javi.ortega@gmail.example", "Javier", "Ortega Sanz"))

add("es-03-llamadas", "Lucía Morales Pérez <lucia.morales@moralesabogados.example>",
    "Llamadas comerciales",
    """Buenas tardes:

Pedí información sobre sus oficinas virtuales hace meses y desde entonces me llaman casi todas las
semanas desde números distintos. Les pido que dejen de usar mi teléfono y mi correo para
ofrecerme servicios. No quiero recibir más comunicaciones comerciales.

Lucía Morales Pérez
""",
    R(["Opposition"], "lucia.morales@moralesabogados.example", "Lucía", "Morales Pérez"))

add("es-04-domiciliacion-cif", "Andrés Gil Navarro <andres.gil@gilnavarro-asesores.example>",
    "Actualización de datos de domiciliación",
    """Hola:

Les escribo para que actualicen los datos de mi domiciliación social en Valencia:
- nueva razón social: Gil Navarro Asesores, S.L. (antes Andrés Gil Navarro, autónomo);
- nuevo CIF: B-98765432;
- dirección de reenvío de la correspondencia: C/ Colón 18, 4º, 46004 Valencia.

El NIF que figura en mis facturas además tiene una letra equivocada.

Gracias,
Andrés Gil Navarro
""",
    R(["Rectification"], "andres.gil@gilnavarro-asesores.example", "Andrés", "Gil Navarro"))

add("es-05-cambio-espacio", "Carmen Delgado Iglesias <carmen.delgado@cdi-arquitectura.example>",
    "Baja y traspaso de datos",
    """Buenos días:

A finales de mes dejamos su espacio de Sevilla. Quisiera que me enviasen el histórico de reservas,
facturas y la configuración de accesos de mi equipo en un formato que pueda importar el nuevo
proveedor (CSV o Excel valen). Una vez hecho, les ruego que eliminen mis datos personales.

Atentamente,
Carmen Delgado Iglesias
Arquitecta
""",
    R(["Portability", "Erasure"], "carmen.delgado@cdi-arquitectura.example", "Carmen", "Delgado Iglesias"))

add("es-06-recobro", "Raúl Castillo Vega <raul.castillo@castillovega.example>",
    "Cargo indebido - no cedan mis datos",
    """Buenos días:

Me han cargado 320 EUR por una supuesta "penalización por cancelación tardía" de la sala Goya que
cancelé con 48 horas de antelación (tengo el correo de confirmación). He presentado una reclamación
ante la junta arbitral de consumo.

Mientras se resuelve, les pido que limiten el tratamiento de mis datos: que no los cedan a ninguna
empresa de recobro ni a ficheros de morosos y que no los usen para nada más que para conservarlos.

Raúl Castillo Vega
""",
    R(["Restriction"], "raul.castillo@castillovega.example", "Raúl", "Castillo Vega"))

add("es-07-dni-visitante", "Nerea Etxeberria Zubiri <nerea.etxeberria@euskalnet.example>",
    "¿Por qué piden el DNI en recepción?",
    """Kaixo,

Ayer acudí a una reunión en su edificio de Bilbao y en recepción me pidieron el DNI y lo
escanearon. ¿Para qué lo necesitan? ¿Cuánto tiempo lo guardan? ¿Lo ve la empresa a la que visitaba?

Eskerrik asko,
Nerea Etxeberria Zubiri
""",
    R(["Information"], "nerea.etxeberria@euskalnet.example", "Nerea", "Etxeberria Zubiri"))

add("es-08-scoring-voseo", "Diego Alonso Romero <diego.alonso@fibertel.example>",
    "Rechazo automático de mi solicitud de despacho",
    """Hola, ¿qué tal?

Soy argentino, vivo en Madrid desde hace un año y pedí un despacho privado en su centro de
Chamberí. A los cinco minutos me llegó un mail: "Tu solicitud no supera nuestra evaluación de
riesgo". Nadie me llamó, nadie miró mis papeles.

¿Me podés explicar en qué se basó el sistema? Y sobre todo quiero que una persona revise la
decisión, porque tengo ingresos demostrables y un aval bancario.

Saludos,
Diego Alonso Romero
""",
    R(["AutomatedDecision"], "diego.alonso@fibertel.example", "Diego", "Alonso Romero"))

add("es-09-abogada-caida", "Beatriz Soler Vidal <bsoler@solervidal-abogados.example>",
    "Solicitud de acceso en nombre de Dña. Rosa María Ibáñez Crespo",
    """Muy Sres. míos:

Como letrada de Dña. Rosa María Ibáñez Crespo, y en virtud del poder que se adjunta, les solicito en
su nombre el acceso a los datos personales de mi representada, y en concreto a las grabaciones de
videovigilancia del vestíbulo de su centro de Barcelona (Diagonal) del día 29 de octubre entre las
9:00 y las 9:30, en las que consta su caída, así como al parte de incidencia elaborado por
recepción.

Atentamente,

Beatriz Soler Vidal
Abogada - Soler Vidal Abogados
""",
    R(["Access"], "bsoler@solervidal-abogados.example", "Rosa María", "Ibáñez Crespo", representative="Beatriz Soler Vidal"))

add("es-10-madre-becario", "Marta Cano Ruiz <marta.cano.ruiz@yahoo.example>",
    "Fotos de mi hijo en sus redes sociales",
    """Hola,

Mi hijo Pablo Herrera Cano, de 16 años, hizo prácticas de verano en una startup de su espacio de
Málaga. Ahora veo que aparece en varias fotos en su Instagram y en un vídeo promocional, sin que
nadie nos pidiera permiso a sus padres.

Les pido que retiren y borren esas imágenes y que no vuelvan a usar su imagen para publicidad.

Marta Cano Ruiz
""",
    R(["Erasure", "Opposition"], "marta.cano.ruiz@yahoo.example", "Pablo", "Herrera Cano", representative="Marta Cano Ruiz"))

add("es-11-transferencias-html", "Sergio Molina Fuentes <sergio.molina@molinafuentes.example>",
    "Mis datos y la app de reservas",
    html("Buenos días,",
         "Quisiera recibir una copia de los datos personales que tienen sobre mí.",
         "Además, he leído que la app de reservas es de una empresa estadounidense: ¿se "
         "transfieren mis datos fuera de la UE? ¿Con qué garantías?",
         "Un saludo,<br>Sergio Molina Fuentes"),
    R(["Access", "Information"], "sergio.molina@molinafuentes.example", "Sergio", "Molina Fuentes"),
    ct=HTML)

add("es-12-newsletter-latin1", "Álvaro Núñez <alvaro.nunez@ono.example>",
    "Baja newsletter",
    """Por favor, denme de baja de su boletín de noticias y eventos. Gracias.
Álvaro Núñez
""",
    R(["Opposition"], "alvaro.nunez@ono.example", "Álvaro", "Núñez"),
    ct=LATIN1, encode="latin-1")

add("es-13-reenvio-recepcion", "Laura Martín <laura.martin@acme-corp.example>",
    "RV: Datos",
    """Hola equipo de privacidad:

Os reenvío el correo de un cliente de oficina virtual. ¿Le contestáis vosotros?

Laura Martín
Recepción Madrid Castellana

---------- Mensaje reenviado ---------
De: Jorge Blanco Prieto <jorge@blancoprieto.example>
Fecha: mié, 11 nov 2026 a las 12:05
Asunto: Datos
Para: recepcion.madrid@acme-corp.example

Buenas,

Me gustaría saber qué datos tenéis de mí y recibir una copia, incluida la lista de cartas y
paquetes que habéis recibido a mi nombre y a quién se los habéis entregado.

Gracias,
Jorge Blanco Prieto
""",
    R(["Access"], "jorge@blancoprieto.example", "Jorge", "Blanco Prieto"))

add("es-14-segundo-apellido", "Inmaculada Sáez de la Torre <inma.saez@saezdelatorre.example>",
    "Corrección de mi apellido",
    """Hola,

No quiero darme de baja ni que borréis nada, estoy muy contenta con el espacio. Solo os pido que
corrijáis mi apellido: en la tarjeta de acceso, en el directorio de miembros y en las facturas
aparece "Inmaculada Saez Torre" y es Sáez de la Torre.

Gracias,
Inma
""",
    R(["Rectification"], "inma.saez@saezdelatorre.example", "Inmaculada", "Sáez de la Torre"))

add("es-15-sala-jueves", "info@reformas-cordoba.example",
    "sala reuniones",
    """Buenas, ¿tienen sala de reuniones libre el jueves por la mañana para 6 personas en Córdoba? ¿Precio?
""",
    R(["Unknown"], "info@reformas-cordoba.example"))

add("es-16-taquilla-larga", "Manuel Vázquez Otero <manuel.vazquez@vazquezotero.example>",
    "Queja y solicitud",
    """Buenas tardes:

Llevo dos años en su centro de A Coruña y nunca había tenido que quejarme, pero lo de este mes no
tiene nombre. Primero desapareció de mi taquilla un paquete de Amazon que recepción firmó y guardó;
nadie sabe dónde está. Después me cobraron dos veces la cuota de octubre. Y por último, cuando fui a
reclamar, la recepcionista me dijo delante de otros clientes que "ya había tenido problemas con
los pagos". Eso no es cierto y además no es asunto de nadie más.

He decidido irme al terminar el contrato en diciembre. Antes de irme quiero que me manden todo lo
que tienen registrado sobre mí, para ver qué es eso de "problemas con los pagos". Y cuando termine
el contrato, borren mis datos de todos sus sistemas.

Manuel Vázquez Otero
""",
    R(["Access", "Erasure"], "manuel.vazquez@vazquezotero.example", "Manuel", "Vázquez Otero"))

add("es-17-sms-mayusculas", "FRANCISCO LOPEZ <paco.lopez1962@terra.example>",
    "SMS",
    """DEJEN DE MANDARME SMS CON OFERTAS. NO LOS QUIERO. YA LO DIJE EN RECEPCION.

FRANCISCO LÓPEZ GARCÍA
""",
    R(["Opposition"], "paco.lopez1962@terra.example", "Francisco", "López García"))

add("es-18-mexico", "Ximena Gutiérrez Aguilar <ximena.gutierrez@prodigy.example>",
    "Información que tienen de mí",
    """Buen día,

Estuve trabajando tres meses en su espacio de Madrid con una visa de nómada digital. Quisiera saber
qué información mía guardan ustedes y que me la manden, por favor. Ya regresé a Guadalajara y me
gustaría checar que todo esté en orden.

Muchas gracias, quedo al pendiente.
Ximena Gutiérrez Aguilar
""",
    R(["Access"], "ximena.gutierrez@prodigy.example", "Ximena", "Gutiérrez Aguilar"))

add("es-19-task-encargado", "Elena Prieto <elena.prieto@acme-corp.example>",
    "Contrato de encargado - servicio de recepción de llamadas",
    """Hola:

Vamos a externalizar la atención telefónica de las oficinas virtuales (los que contratan "número
de teléfono + atención de llamadas") con TeleAsist S.L. Ellos atenderán en nombre de nuestros
clientes y tomarán recados con datos de terceros. Necesito que revisen el contrato de encargado
del tratamiento antes del día 30.

Gracias,
Elena Prieto
Responsable de Producto
""",
    TASK("elena.prieto@acme-corp.example", "Elena", "Prieto"))

add("es-20-task-taquillas", "Óscar Ramos <oscar.ramos@acme-corp.example>",
    "Registro de actividades - taquillas inteligentes",
    """Buenas,

En enero instalamos taquillas inteligentes en Madrid y Barcelona que se abren con la app (guardan
quién abre, cuándo y desde qué móvil). ¿Podéis dar de alta el tratamiento en el registro de
actividades y decirme qué texto informativo ponemos en la app?

Óscar Ramos
Operaciones
""",
    TASK("oscar.ramos@acme-corp.example", "Óscar", "Ramos"))

add("es-21-task-cuestionario", "Cristina Lozano <cristina.lozano@acme-corp.example>",
    "Cuestionario de privacidad de cliente corporativo",
    """Hola equipo,

Un banco que quiere alquilar una planta entera en Torre Picasso nos ha enviado su cuestionario de
proveedores (protección de datos y seguridad, 60 preguntas) y unas cláusulas que quieren añadir al
contrato. ¿Podemos verlo juntos esta semana?

Cristina Lozano
Key Account Manager
""",
    TASK("cristina.lozano@acme-corp.example", "Cristina", "Lozano"))

add("es-22-inc-factura-otro", "Iván Serrano <ivan.serrano@acme-corp.example>",
    "Factura enviada con datos de otro cliente",
    """Hola,

Al generar las facturas de noviembre se ha producido un error en la plantilla: a unos 40 clientes
de Barcelona les ha llegado la factura con el desglose de otro cliente (nombre, NIF, dirección y
servicios contratados). Nos hemos dado cuenta porque han empezado a llamar. He parado el envío.

Iván Serrano
Administración
""",
    INC("ivan.serrano@acme-corp.example", "Iván", "Serrano"))

add("es-23-inc-carta-hacienda", "Paula Reyes Domínguez <paula.reyes@reyesdominguez.example>",
    "He recibido una carta que no es mía",
    """Hola,

En el escaneo diario de mi correo de hoy aparece una notificación de la Agencia Tributaria a nombre
de otra persona, con su DNI, domicilio y el importe de una deuda. Supongo que alguien se ha
equivocado de buzón. No la he reenviado a nadie, pero creo que deberían saberlo.

Paula Reyes Domínguez
""",
    INC("paula.reyes@reyesdominguez.example", "Paula", "Reyes Domínguez"))

add("es-24-inc-movil-metro", "Hugo Medina <hugo.medina@acme-corp.example>",
    "Pérdida de móvil de empresa",
    """Hola,

Se me ha perdido en el metro el móvil de la recepción de Valencia. Tiene instalada la app de
registro de visitas y el WhatsApp de recepción con conversaciones con clientes. Tenía PIN de 6
dígitos. Ya he avisado a sistemas para que lo bloqueen.

Hugo Medina

Enviado desde mi iPhone
""",
    INC("hugo.medina@acme-corp.example", "Hugo", "Medina"))

add("es-25-fu-dni", "Rocío Benítez Lara <rocio.benitez@benitezlara.example>",
    "RE: [DSR-72064] Hemos recibido su solicitud",
    """Buenos días,

Adjunto el DNI que me pedían. ¿Cuándo recibiré la respuesta?

Rocío Benítez Lara

-----Mensaje original-----
De: privacy@acme-corp.example
Asunto: [DSR-72064] Hemos recibido su solicitud
> Estimada Sra. Benítez: hemos registrado su solicitud con la referencia DSR-72064.
""",
    FU("72064", "rocio.benitez@benitezlara.example", "Rocío", "Benítez Lara"))

add("es-26-fu-novedades", "Raúl Castillo Vega <raul.castillo@castillovega.example>",
    "Re: Cargo indebido - no cedan mis datos",
    """¿Hay alguna novedad? No he recibido confirmación de que hayan limitado el tratamiento.

Raúl

El lun, 16 nov 2026, Raúl Castillo Vega escribió:
> Me han cargado 320 EUR por una supuesta "penalización por cancelación tardía"
""",
    FU(ref("es-06-recobro"), "raul.castillo@castillovega.example", "Raúl", "Castillo Vega"),
    headers=irt("es-06-recobro"))

add("es-27-spam-certificado", "Agencia Certificación RGPD <info@certificado-rgpd-oficial.example>",
    "AVISO: su empresa necesita el Certificado RGPD 2027",
    """Estimado responsable:

A partir del 1 de enero todas las empresas deberán disponer del Certificado Oficial RGPD. Sin él,
podrán ser sancionadas con hasta 20 millones de euros. Proteja los datos de sus clientes y evite
sanciones: obtenga su certificado hoy por solo 299 EUR + IVA.

Responda a este correo para recibir el formulario.
""",
    IGN("spam", "info@certificado-rgpd-oficial.example"),
    headers=SPAM_HDR)

add("es-28-spam-loteria", "Lotería Internacional <premios@loteria-euromillon.example>",
    "¡ENHORABUENA! Su correo ha sido premiado",
    """Estimado ganador:

Su dirección de correo ha resultado premiada con 950.000 EUR en el sorteo internacional
EuroMillón Online. Para reclamar el premio envíe su nombre completo, número de pasaporte y datos
bancarios al agente asignado. Sus datos personales serán protegidos y eliminados tras el pago.

Atentamente,
Dr. Ramón Figueroa
Departamento de Premios
""",
    IGN("spam", "premios@loteria-euromillon.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="loteria-euromillon.example")])

add("es-29-fuera-oficina", "Alberto Jiménez <alberto.jimenez@jimenez-consultores.example>",
    "Respuesta automática: fuera de la oficina",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de noviembre sin acceso al correo.
Para asuntos urgentes, contacte con administracion@jimenez-consultores.example.

Alberto Jiménez
""",
    IGN("auto_reply", "alberto.jimenez@jimenez-consultores.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("es-30-rebote", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
